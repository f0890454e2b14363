package vn.daotao.progress;

public enum CourseStatus {
    NOT_STARTED, IN_PROGRESS, COMPLETED, OVERDUE
}
