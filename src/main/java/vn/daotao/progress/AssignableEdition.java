package vn.daotao.progress;

/** A published course edition that can be assigned. */
public record AssignableEdition(long id, String courseCode, String title, int editionNo) {}
