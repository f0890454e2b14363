package vn.daotao.certificate;

import java.time.Instant;
import java.time.LocalDate;

public record MyCertificateRow(
        long id,
        String serial,
        String courseTitle,
        int editionNo,
        LocalDate completedOn,
        Instant issuedAt,
        CertificateStatus status) {}
