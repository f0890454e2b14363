package vn.daotao.organisation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import vn.daotao.base.UserFacingException;
import vn.daotao.base.imports.ImportKind;
import vn.daotao.base.imports.ImportLine;
import vn.daotao.base.imports.ImportOutcome;
import vn.daotao.base.imports.ImportReport;
import vn.daotao.base.ui.ViewTitles;
import vn.daotao.organisation.ImportResult;
import vn.daotao.organisation.PeopleImportService;
import vn.daotao.security.Role;

/**
 * /admin/people/import: upload a CSV or XLSX file, read the dry run row by row, then import everything
 * at once. The one-time passwords of created accounts can be downloaded while the page stays open.
 */
@Route("admin/people/import")
@RolesAllowed(Role.ADMIN_NAME)
class PeopleImportView extends Main implements HasDynamicTitle {

    private static final String CSV = "text/csv; charset=UTF-8";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final PeopleImportService imports;
    private final PeopleImportJobs jobs;
    private final long me;
    private final Grid<ImportLine> grid = new Grid<>();
    private final com.vaadin.flow.component.progressbar.ProgressBar progress =
            new com.vaadin.flow.component.progressbar.ProgressBar();
    private final Span progressText = new Span();
    private final Div progressBox = new Div();
    private com.vaadin.flow.shared.Registration polling;
    private final Span summary = new Span();
    private final Button run = new Button();
    private final Div result = new Div();
    private final Span chosen = new Span();
    private Upload upload;
    private String fileName;
    private byte[] content;

    PeopleImportView(PeopleImportService imports, PeopleImportJobs jobs, vn.daotao.security.CurrentUser currentUser) {
        this.jobs = jobs;
        this.me = currentUser.require().id();
        this.imports = imports;
        addClassName("page");
        Anchor back = new Anchor("admin/people", getTranslation("people.person.back"));
        back.addClassName("back-link");
        H2 title = new H2(getTranslation("people.import.title"));
        title.setId("import-title");

        Div help = new Div(
                new H3(getTranslation("people.import.how")),
                paragraph("people.import.how.text"),
                paragraph("people.import.how.units"),
                paragraph("people.import.how.people"),
                paragraph("people.import.how.passwords"));
        Div templates = new Div(
                download(
                        "import-template-xlsx",
                        "people.import.template.xlsx",
                        "mau-nhap-nguoi-dung.xlsx",
                        XLSX,
                        imports::xlsxTemplate),
                download(
                        "import-template-units",
                        "people.import.template.units",
                        "mau-don-vi.csv",
                        CSV,
                        () -> imports.csvTemplate(false)),
                download(
                        "import-template-people",
                        "people.import.template.people",
                        "mau-nguoi-dung.csv",
                        CSV,
                        () -> imports.csvTemplate(true)));
        templates.addClassName("exports");
        templates.getStyle().set("margin-left", "0");
        help.add(templates);
        help.addClassName("card");

        upload = new Upload(UploadHandler.inMemory((meta, bytes) -> {
            UI ui = getUI().orElseThrow();
            ui.access(() -> received(meta.fileName(), bytes));
        }));
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(PeopleImportService.MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv", XLSX);
        upload.addFileRejectedListener(e ->
                error(getTranslation("people.import.error.tooLarge", PeopleImportService.MAX_BYTES / (1024 * 1024))));
        upload.addFileRemovedListener(e -> clear());
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("people.import.upload.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("people.import.upload.drop")));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(
                        getTranslation("people.import.error.tooLarge", PeopleImportService.MAX_BYTES / (1024 * 1024)))
                .setIncorrectFileType(getTranslation("people.import.upload.type"))
                .setTooManyFiles(getTranslation("people.import.upload.one")));
        upload.setI18n(i18n);
        Paragraph limits = paragraph(
                "people.import.limits", PeopleImportService.MAX_BYTES / (1024 * 1024), PeopleImportService.MAX_ROWS);

        summary.setId("import-summary");
        run.setText(getTranslation("people.import.run"));
        run.setIcon(VaadinIcon.UPLOAD.create());
        run.setId("import-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.setDisableOnClick(true);
        run.addClickListener(e -> runImport());
        run.setVisible(false);

        grid.setId("import-grid");
        ImportReportColumns.add(grid, this, "people.import.col.row", this::where);
        grid.setVisible(false);
        result.setId("import-result");

        progress.setId("import-progress");
        progressText.setId("import-progress-text");
        progress.getElement().setAttribute("aria-labelledby", "import-progress-text");
        progressBox.add(progressText, progress);
        progressBox.addClassNames("card", "import-progress");
        progressBox.setVisible(false);
        Div actions = new Div(summary, run);
        actions.addClassName("filters");
        chosen.setId("import-file");
        Div step = new Div(new H3(getTranslation("people.import.file")), limits, upload, chosen);
        step.addClassName("card");
        add(back, title, help, step, progressBox, result, actions, grid);
    }

    /** Back on the page: the admin's running import (or the result of their last one) is shown again. */
    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent event) {
        jobs.current(me).ifPresent(job -> watch(job, event.getUI()));
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent event) {
        stopPolling(event.getUI());
    }

    private void received(String name, byte[] bytes) {
        result.removeAll();
        jobs.dismiss(me);
        progressBox.setVisible(false);
        // The file is held here, not in the upload list: the button stays ready for a corrected file.
        upload.clearFileList();
        chosen.setText(getTranslation("people.import.chosen", name));
        try {
            ImportReport report = imports.check(bytes);
            fileName = name;
            content = bytes;
            show(report);
        } catch (UserFacingException problem) {
            clear();
            error(getTranslation(problem.messageKey(), problem.args()));
        }
    }

    private void show(ImportReport report) {
        grid.setItems(report.lines());
        grid.setVisible(true);
        summary.setText(getTranslation(
                report.ok() ? "people.import.summary.ok" : "people.import.summary.errors",
                report.count(ImportKind.UNIT, ImportOutcome.CREATE),
                report.count(ImportKind.UNIT, ImportOutcome.UPDATE),
                report.count(ImportKind.PERSON, ImportOutcome.CREATE),
                report.count(ImportKind.PERSON, ImportOutcome.UPDATE),
                report.count(ImportKind.UNIT, ImportOutcome.UNCHANGED)
                        + report.count(ImportKind.PERSON, ImportOutcome.UNCHANGED),
                report.errors()));
        summary.setClassName(report.ok() ? "" : "text-error");
        boolean work = report.lines().stream()
                .anyMatch(l -> l.outcome() == ImportOutcome.CREATE || l.outcome() == ImportOutcome.UPDATE);
        run.setVisible(report.ok() && work);
        run.setEnabled(true);
    }

    /** Starts the import in the background and follows it; the admin may leave and come back. */
    private void runImport() {
        run.setVisible(false);
        grid.setVisible(false);
        watch(jobs.start(me, fileName, content), getUI().orElseThrow());
    }

    private void watch(PeopleImportJobs.Job job, UI ui) {
        progressBox.setVisible(true);
        showProgress(job);
        if (job.running()) {
            stopPolling(ui);
            ui.setPollInterval(1000);
            polling = ui.addPollListener(e -> {
                showProgress(job);
                if (!job.running()) {
                    stopPolling(ui);
                    finished(job);
                }
            });
        } else {
            finished(job);
        }
    }

    private void showProgress(PeopleImportJobs.Job job) {
        progress.setValue(job.fraction());
        progressText.setText(
                job.running()
                        ? getTranslation(
                                "people.import.progress",
                                job.fileName,
                                job.done(),
                                job.total(),
                                Math.round(job.fraction() * 100))
                        : getTranslation("people.import.progress.finished", job.fileName));
    }

    private void stopPolling(UI ui) {
        if (polling != null) {
            polling.remove();
            polling = null;
            ui.setPollInterval(-1);
        }
    }

    private void finished(PeopleImportJobs.Job job) {
        result.removeAll();
        job.result().ifPresent(done -> {
            content = null;
            run.setVisible(false);
            summary.setText(getTranslation(
                    "people.import.done",
                    done.report().count(ImportKind.UNIT, ImportOutcome.CREATE),
                    done.report().count(ImportKind.UNIT, ImportOutcome.UPDATE),
                    done.report().count(ImportKind.PERSON, ImportOutcome.CREATE),
                    done.report().count(ImportKind.PERSON, ImportOutcome.UPDATE)));
            summary.setClassName("");
            Notification.show(getTranslation("people.import.done.short"), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            if (!done.passwords().isEmpty()) {
                showPasswords(done);
            }
        });
        job.problem().ifPresent(problem -> {
            progressBox.setVisible(false);
            error(getTranslation(problem.messageKey(), problem.args()));
            if (content != null) {
                show(imports.check(content));
            }
        });
    }

    private void showPasswords(ImportResult done) {
        byte[] csv = InitialPasswordsCsv.write(done.passwords(), this);
        Anchor link = new Anchor(
                DownloadHandler.fromInputStream(event -> new com.vaadin.flow.server.streams.DownloadResponse(
                        new java.io.ByteArrayInputStream(csv), "mat-khau-ban-dau.csv", CSV, csv.length)),
                getTranslation(
                        "people.import.passwords.download", done.passwords().size()));
        link.setId("import-passwords");
        link.addClassName("button-link");
        link.getElement().setAttribute("download", "mat-khau-ban-dau.csv");
        Div card = new Div(
                new H3(getTranslation("people.import.passwords.title")),
                paragraph("people.import.passwords.text"),
                link);
        card.addClassNames("card", "banner-warning");
        result.add(card);
    }

    private void clear() {
        chosen.setText("");
        fileName = null;
        content = null;
        grid.setVisible(false);
        run.setVisible(false);
        summary.setText("");
    }

    private String where(ImportLine line) {
        return "CSV".equals(line.sheet())
                ? getTranslation("people.import.row", line.row())
                : getTranslation("people.import.sheetRow", line.sheet(), line.row());
    }

    private Anchor download(
            String id, String key, String name, String type, java.util.function.Supplier<byte[]> bytes) {
        Anchor anchor = new Anchor(
                (DownloadHandler) event -> {
                    byte[] data = bytes.get();
                    event.setFileName(name);
                    event.setContentType(type);
                    event.getResponse().setContentLength(data.length);
                    event.getOutputStream().write(data);
                },
                getTranslation(key));
        anchor.setId(id);
        anchor.addClassName("button-link");
        anchor.getElement().setAttribute("download", name);
        return anchor;
    }

    private void error(String message) {
        Notification n = Notification.show(message, 8000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.setId("import-error");
    }

    private Paragraph paragraph(String key, Object... args) {
        Paragraph p = new Paragraph(getTranslation(key, args));
        p.addClassName("muted");
        return p;
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "people.import.title");
    }
}
