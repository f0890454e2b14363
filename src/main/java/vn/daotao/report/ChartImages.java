package vn.daotao.report;

/** Both dashboard charts as PNG: cumulative completion against the due date, and % complete per sub-unit. */
public record ChartImages(byte[] cumulative, byte[] bySubUnit) {}
