package vn.daotao.course;

/** A course in the admin list: its latest published edition number (null when none) and whether a draft exists. */
public record CourseRow(
        long id, String code, String title, Integer latestEditionNo, Long draftEditionId, int assignments) {}
