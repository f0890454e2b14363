package vn.daotao.report.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.List;
import vn.daotao.base.ui.Formats;
import vn.daotao.progress.CycleStatus;
import vn.daotao.report.ReminderResult;
import vn.daotao.report.ReminderService;
import vn.daotao.report.ReportScope;
import vn.daotao.report.ReportService;
import vn.daotao.report.RosterFilter;
import vn.daotao.report.RosterRow;
import vn.daotao.report.RosterSort;
import vn.daotao.report.ScopeUnit;

/** The people of the selected unit: searchable, filterable, sortable, loaded a page at a time, exportable. */
class RosterGrid extends Composite<Div> {

    private final ReportService reports;
    private final Grid<RosterRow> grid = new Grid<>();
    private final TextField search = new TextField();
    private final ComboBox<CycleStatus> status = new ComboBox<>();
    private final ComboBox<ScopeUnit> subUnit = new ComboBox<>();
    private final Checkbox awaiting = new Checkbox();
    private final Span count = new Span();
    private Button remind;
    private final Div progress = new Div();
    private int running;
    private int finishedEarly;
    private long finishedEarlyAt;
    private final ReportScope scope;
    private RosterFilter filter;

    RosterGrid(
            ReportService reports,
            ReminderService reminders,
            ReportScope scope,
            RosterFilter base,
            List<ScopeUnit> subUnits) {
        this.reports = reports;
        this.scope = scope;
        this.filter = base;

        search.setId("people-search");
        search.setPlaceholder(getTranslation("roster.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        status.setId("people-status");
        status.setPlaceholder(getTranslation("roster.allStatuses"));
        status.setItems(CycleStatus.values());
        status.setItemLabelGenerator(s -> RosterLabels.status(this, s));
        status.setClearButtonVisible(true);
        subUnit.setId("people-subunit");
        subUnit.setPlaceholder(getTranslation("roster.allUnits"));
        subUnit.setItems(vn.daotao.base.ui.AccentFree.filter(ScopeUnit::name), subUnits);
        subUnit.setItemLabelGenerator(u -> "  ".repeat(Math.max(0, u.level())) + u.name());
        subUnit.setClearButtonVisible(true);
        awaiting.setId("people-awaiting");
        awaiting.setLabel(getTranslation("roster.awaitingOnly"));
        awaiting.addValueChangeListener(e -> refresh());
        search.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        subUnit.addValueChangeListener(e -> refresh());

        String suffix = base.period() == null ? "hom-nay" : base.period().code();
        Anchor csv = export(
                "export-csv",
                "roster.export.csv",
                "danh-sach-" + suffix + ".csv",
                "text/csv; charset=UTF-8",
                out -> reports.exportCsv(scope, filter, RosterLabels.export(this), out));
        Anchor xlsx = export(
                "export-xlsx",
                "roster.export.xlsx",
                "danh-sach-" + suffix + ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                out -> reports.exportXlsx(
                        scope, filter, getTranslation("roster.sheet"), RosterLabels.export(this), out));
        Button official = new Button(
                getTranslation("report.official.button"),
                VaadinIcon.FILE_TEXT_O.create(),
                e -> new OfficialReportDialog((id, labelKey, format, form) -> {
                            OfficialReportWords words = new OfficialReportWords(this, filter);
                            return export(
                                    id,
                                    labelKey,
                                    words.fileName() + "." + format.extension(),
                                    format.contentType(),
                                    out -> reports.exportOfficialReport(scope, filter, form.get(), words, format, out));
                        })
                        .open());
        official.setId("export-official");
        Anchor zip = export(
                "export-zip",
                "roster.export.zip",
                "chung-nhan-" + suffix + ".zip",
                "application/zip",
                out -> reports.exportCertificates(scope, filter, out));
        remind = new Button(getTranslation("remind.button"), VaadinIcon.BELL.create(), e -> confirmRemind(reminders));
        remind.setId("remind-overdue");
        remind.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div exports = new Div(remind, csv, xlsx, official, zip);
        exports.addClassName("exports");

        grid.setId("people-grid");
        grid.setMultiSort(false);
        grid.addColumn(RosterRow::fullName)
                .setHeader(getTranslation("roster.col.name"))
                .setKey("NAME")
                .setSortable(true)
                .setFlexGrow(1)
                .setAutoWidth(true);
        grid.addColumn(RosterRow::employeeCode)
                .setHeader(getTranslation("roster.col.code"))
                .setKey("EMPLOYEE_CODE")
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(RosterRow::unitName)
                .setHeader(getTranslation("roster.col.unit"))
                .setKey("UNIT")
                .setSortable(true)
                .setFlexGrow(1)
                .setAutoWidth(true);
        // a template the browser fills per row: rows keep no components of their own in the session
        String awaitingText = getTranslation("roster.awaiting");
        grid.addColumn(LitRenderer.<RosterRow>of("<span class=\"badge badge-${item.tone}\">${item.status}</span>"
                                + "<span class=\"badge badge-error\" ?hidden=${!item.awaiting}>"
                                + "${item.awaitingText}</span>")
                        .withProperty("tone", r -> RosterLabels.tone(r.status()))
                        .withProperty("status", r -> RosterLabels.status(this, r.status()))
                        .withProperty("awaiting", RosterRow::awaitingCommitment)
                        .withProperty("awaitingText", r -> r.awaitingCommitment() ? awaitingText : ""))
                .setHeader(getTranslation("roster.col.status"))
                .setKey("STATUS")
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(r -> r.modulesDone() + "/" + r.moduleCount())
                .setHeader(getTranslation("roster.col.modules"))
                .setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> Formats.percent(r.score()))
                .setHeader(getTranslation("roster.col.score"))
                .setKey("SCORE")
                .setSortable(true)
                .setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> Formats.date(r.completedAt()))
                .setHeader(getTranslation("roster.col.completed"))
                .setKey("COMPLETED_AT")
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(r -> Formats.date(r.dueDate()))
                .setHeader(getTranslation("roster.col.due"))
                .setKey("DUE_DATE")
                .setSortable(true)
                .setAutoWidth(true);
        grid.setItems(
                query ->
                        reports
                                .people(scope, filter, sort(query.getSortOrders()), query.getOffset(), query.getLimit())
                                .stream(),
                query -> reports.countPeople(scope, filter));
        grid.addItemClickListener(e -> grid.getUI()
                .ifPresent(ui -> ui.navigate("unit/people/" + e.getItem().userId())));
        grid.setPageSize(50);
        grid.addClassName("people-grid");

        ProgressBar bar = new ProgressBar();
        bar.setIndeterminate(true);
        bar.setWidth("10em");
        progress.add(bar, new Span(getTranslation("export.running")));
        progress.setId("export-progress");
        progress.addClassName("export-progress");
        progress.setVisible(false);
        count.setId("people-count");
        count.addClassName("muted");
        Div filters = new Div(search, status, subUnit, awaiting, exports);
        filters.addClassName("filters");
        getContent().add(new H3(getTranslation("roster.title")), filters, progress, count, grid);
        getContent().setId("people");
        updateCount();
    }

    private RosterSort sort(List<com.vaadin.flow.data.provider.QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return RosterSort.byName();
        }
        var order = orders.getFirst();
        return new RosterSort(
                RosterSort.Column.valueOf(order.getSorted()), order.getDirection() == SortDirection.DESCENDING);
    }

    /**
     * The browser downloads the file itself; meanwhile the page shows that an export is running. The
     * click starts polling, so the end of the export reaches the page without server push.
     */
    private Anchor export(String id, String labelKey, String fileName, String contentType, Writer writer) {
        DownloadHandler handler = event -> {
            event.setFileName(fileName);
            event.getResponse().setContentType(contentType);
            UI ui = event.getUI();
            boolean done = false;
            try {
                writer.write(event.getOutputStream());
                done = true;
            } finally {
                boolean succeeded = done;
                ui.access(() -> exportFinished(succeeded));
            }
        };
        Anchor anchor = new Anchor(handler, getTranslation(labelKey));
        anchor.getElement().addEventListener("click", e -> exportStarted());
        anchor.setId(id);
        anchor.addClassName("button-link");
        anchor.getElement().setAttribute("download", fileName);
        return anchor;
    }

    private void confirmRemind(ReminderService reminders) {
        ConfirmDialog dialog = new ConfirmDialog(
                getTranslation("remind.confirm.title"),
                getTranslation("remind.confirm.text"),
                getTranslation("remind.confirm.ok"),
                e -> {
                    ReminderResult result = reminders.remindOverdue(scope, filter);
                    // nobody reminded is news, not a success
                    Notification.show(
                                    result.reminded() == 0
                                            ? getTranslation("remind.none", result.overdue())
                                            : getTranslation(
                                                    "remind.done",
                                                    result.reminded(),
                                                    result.emailed(),
                                                    result.overdue() - result.reminded()),
                                    6000,
                                    Notification.Position.TOP_CENTER)
                            .addThemeVariants(
                                    result.reminded() == 0
                                            ? NotificationVariant.LUMO_CONTRAST
                                            : NotificationVariant.LUMO_SUCCESS);
                });
        dialog.setId("remind-confirm");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("quiz.confirm.cancel"));
        dialog.open();
    }

    /**
     * The click and the download are two requests, and a quick file can be done before the click's event reaches
     * the server: a finish without a start is kept for a few seconds and the late click then shows nothing.
     */
    private void exportStarted() {
        if (finishedEarly > 0
                && System.nanoTime() - finishedEarlyAt < java.util.concurrent.TimeUnit.SECONDS.toNanos(10)) {
            finishedEarly--;
            return;
        }
        finishedEarly = 0;
        running++;
        progress.setVisible(true);
        getUI().ifPresent(ui -> ui.setPollInterval(500));
    }

    private void exportFinished(boolean succeeded) {
        if (running == 0) {
            finishedEarly++;
            finishedEarlyAt = System.nanoTime();
        } else {
            running--;
        }
        if (running == 0) {
            progress.setVisible(false);
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
        Notification n = Notification.show(
                getTranslation(succeeded ? "export.done" : "export.failed"), 4000, Notification.Position.BOTTOM_END);
        n.addThemeVariants(succeeded ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
    }

    private void refresh() {
        filter = filter.withSearch(search.getValue())
                .withStatus(status.getValue())
                .withSubUnit(
                        subUnit.getValue() == null ? null : subUnit.getValue().id())
                .withAwaitingCommitment(awaiting.getValue());
        grid.getDataProvider().refreshAll();
        updateCount();
    }

    private void updateCount() {
        count.setText(getTranslation("roster.count", reports.countPeople(scope, filter)));
        // nothing to remind when nobody in the list is overdue
        boolean anyOverdue = (filter.status() == null || filter.status() == CycleStatus.OVERDUE)
                && reports.countPeople(scope, filter.withStatus(CycleStatus.OVERDUE)) > 0;
        remind.setEnabled(anyOverdue);
        remind.setTooltipText(anyOverdue ? null : getTranslation("remind.nobody"));
    }

    @FunctionalInterface
    interface Writer {
        void write(java.io.OutputStream out) throws java.io.IOException;
    }
}
