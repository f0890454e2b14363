package vn.daotao.report.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import vn.daotao.base.ui.Badge;
import vn.daotao.progress.CycleStatus;
import vn.daotao.report.ExportLabels;
import vn.daotao.report.ReportService;

/** Status words and export headers in the viewer's language. */
final class RosterLabels {

    private RosterLabels() {}

    static String status(Component view, CycleStatus status) {
        return view.getTranslation("course.status." + status.name());
    }

    static Badge badge(Component view, CycleStatus status) {
        return new Badge(status(view, status), tone(status));
    }

    /** The badge colour of a status ({@code badge-success}, ...). */
    static String tone(CycleStatus status) {
        return switch (status) {
            case COMPLETED, COMPLETED_IN_PERSON -> "success";
            case OVERDUE -> "error";
            case IN_PROGRESS -> "progress";
            case NOT_STARTED, MOVED, EXEMPT -> "neutral";
        };
    }

    /** The status, and that the commitment is awaited when it is. */
    static String statusText(Component view, vn.daotao.report.RosterRow row) {
        return row.awaitingCommitment()
                ? status(view, row.status()) + " (" + view.getTranslation("roster.awaiting") + ")"
                : status(view, row.status());
    }

    static ExportLabels export(Component view) {
        return ReportService.labels(
                List.of(
                        view.getTranslation("roster.col.number"),
                        view.getTranslation("roster.col.name"),
                        view.getTranslation("roster.col.code"),
                        view.getTranslation("roster.col.unit"),
                        view.getTranslation("roster.col.status"),
                        view.getTranslation("roster.col.modules"),
                        view.getTranslation("roster.col.score"),
                        view.getTranslation("roster.col.completed"),
                        view.getTranslation("roster.col.due")),
                row -> statusText(view, row));
    }
}
