package vn.daotao.progress.ui;

import vn.daotao.base.ui.Badge;
import vn.daotao.progress.CycleStatus;

final class CourseStatusBadge {

    private CourseStatusBadge() {}

    static Badge of(com.vaadin.flow.component.Component view, CycleStatus status) {
        String tone = switch (status) {
            case COMPLETED, COMPLETED_IN_PERSON -> "success";
            case OVERDUE -> "error";
            case IN_PROGRESS -> "progress";
            case NOT_STARTED, MOVED, EXEMPT -> "neutral";
        };
        return new Badge(view.getTranslation("course.status." + status.name()), tone);
    }
}
