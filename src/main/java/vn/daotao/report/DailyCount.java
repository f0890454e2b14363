package vn.daotao.report;

import java.time.LocalDate;

public record DailyCount(LocalDate day, int count) {}
