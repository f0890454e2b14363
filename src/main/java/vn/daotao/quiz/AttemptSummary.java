package vn.daotao.quiz;

import java.math.BigDecimal;
import java.time.Instant;

public record AttemptSummary(
        long id,
        int attemptNo,
        AttemptStatus status,
        Instant startedAt,
        Instant submittedAt,
        BigDecimal score,
        Boolean passed) {}
