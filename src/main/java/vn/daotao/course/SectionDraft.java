package vn.daotao.course;

/** A section's Markdown source, for the editor (learners get {@link SectionContent}, rendered and sanitised). */
public record SectionDraft(long id, long moduleId, int position, String title, String markdown) {}
