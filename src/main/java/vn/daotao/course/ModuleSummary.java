package vn.daotao.course;

public record ModuleSummary(long id, long editionId, int position, String title, String summary) {}
