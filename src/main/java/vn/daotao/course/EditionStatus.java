package vn.daotao.course;

public enum EditionStatus {
    DRAFT,
    PUBLISHED,
    RETIRED
}
