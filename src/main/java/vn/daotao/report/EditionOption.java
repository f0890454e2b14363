package vn.daotao.report;

public record EditionOption(long editionId, String title, int editionNo) {}
