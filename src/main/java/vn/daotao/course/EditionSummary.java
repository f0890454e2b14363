package vn.daotao.course;

public record EditionSummary(
        long id,
        long courseId,
        String courseCode,
        int editionNo,
        String title,
        String description,
        /* the text a learner confirms before the course completes; null when none is required */
        String commitmentText) {}
