package vn.daotao.course;

import java.time.Instant;

/** One edition of a course; {@code editionNo} and {@code publishedAt} are null for the draft. */
public record EditionRow(
        long id,
        long courseId,
        String courseCode,
        Integer editionNo,
        EditionStatus status,
        String title,
        String description,
        String commitmentText,
        Instant publishedAt,
        int modules) {

    public boolean draft() {
        return status == EditionStatus.DRAFT;
    }
}
