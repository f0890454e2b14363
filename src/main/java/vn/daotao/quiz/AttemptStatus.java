package vn.daotao.quiz;

public enum AttemptStatus {
    IN_PROGRESS,
    SUBMITTED
}
