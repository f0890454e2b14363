package vn.daotao.course;

public record EditionSummary(
        long id, long courseId, String courseCode, int editionNo, String title, String description) {}
