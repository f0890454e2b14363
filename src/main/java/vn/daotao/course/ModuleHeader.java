package vn.daotao.course;

/** Where a module sits, for the admin's module editor; {@code draft} says whether it may still change. */
public record ModuleHeader(
        long moduleId, int position, String title, long editionId, long courseId, String courseTitle, boolean draft) {}
