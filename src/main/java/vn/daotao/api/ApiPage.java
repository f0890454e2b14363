package vn.daotao.api;

import java.util.List;

/** One page of a list: {@code page} from 0, {@code size} rows at most, {@code total} rows in all. */
public record ApiPage<T>(List<T> items, int page, int size, long total) {}
