package vn.daotao.course;

/** A section with its Markdown already turned into sanitised HTML. */
public record SectionContent(long id, int position, String title, String safeHtml) {}
