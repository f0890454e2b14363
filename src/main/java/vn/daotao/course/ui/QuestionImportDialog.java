package vn.daotao.course.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.InputStream;
import vn.daotao.base.UserFacingException;
import vn.daotao.base.imports.ImportLine;
import vn.daotao.base.imports.ImportProblem;
import vn.daotao.base.imports.ImportReport;
import vn.daotao.base.ui.Badge;
import vn.daotao.base.ui.UploadTexts;
import vn.daotao.course.ImportFormat;
import vn.daotao.course.QuestionImportService;

/**
 * Upload a CSV/XLSX file, see every row checked (row number, result, problems), then import all of it
 * in one go; "Nhập" stays disabled until every row is valid.
 */
class QuestionImportDialog extends Dialog {

    private final QuestionImportService imports;
    private final long moduleId;
    private final Runnable onImported;
    private final Grid<ImportLine> table = new Grid<>();
    private final Span summary = new Span();
    private final Div error = new Div();
    private final Button confirm = new Button();
    private byte[] content;
    private String fileName;

    QuestionImportDialog(QuestionImportService imports, long moduleId, Runnable onImported) {
        this.imports = imports;
        this.moduleId = moduleId;
        this.onImported = onImported;
        setId("import-dialog");
        setHeaderTitle(getTranslation("questionImport.title"));
        setWidth("min(1000px, 96vw)");
        setCloseOnOutsideClick(false);

        Paragraph help = new Paragraph(getTranslation(
                "questionImport.help",
                QuestionImportService.MAX_ROWS,
                QuestionImportService.MAX_BYTES / (1024 * 1024)));
        help.addClassName("muted");
        Div templates = new Div(template(ImportFormat.CSV), template(ImportFormat.XLSX));
        templates.addClassName("toolbar");

        Upload upload = new Upload();
        upload.setId("import-upload");
        upload.setUploadFormat(UploadFormat.RAW);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(QuestionImportService.MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv", ".xlsx", ImportFormat.XLSX.contentType());
        upload.setI18n(UploadTexts.of(this));
        upload.setWidthFull();
        upload.setUploadHandler(handler());
        upload.addFileRemovedListener(e -> reset());
        upload.addFileRejectedListener(e -> showError(e.getErrorMessage()));

        error.setId("import-error");
        error.addClassName("text-error");
        error.setVisible(false);
        summary.setId("import-summary");
        summary.addClassName("muted");

        table.setId("import-dry-run-table");
        table.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        table.addColumn(ImportLine::row)
                .setHeader(getTranslation("questionImport.col.row"))
                .setWidth("5em")
                .setFlexGrow(0);
        table.addComponentColumn(r -> r.ok()
                        ? new Badge(getTranslation("questionImport.status.ok"), "success")
                        : new Badge(getTranslation("questionImport.status.error"), "error"))
                .setHeader(getTranslation("questionImport.col.status"))
                .setWidth("8em")
                .setFlexGrow(0);
        table.addColumn(r -> r.label().length() > 160 ? r.label().substring(0, 160) + "…" : r.label())
                .setHeader(getTranslation("questionImport.col.text"))
                .setFlexGrow(2);
        table.addComponentColumn(this::problems)
                .setHeader(getTranslation("questionImport.col.problems"))
                .setFlexGrow(2);
        table.setHeight("320px");
        table.setVisible(false);

        add(help, templates, upload, error, summary, table);

        confirm.setText(getTranslation("questionImport.confirm"));
        confirm.setId("import-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        confirm.setDisableOnClick(true);
        confirm.addClickListener(e -> runImport());
        Button close = new Button(getTranslation("questionImport.close"), e -> close());
        close.setId("import-cancel");
        getFooter().add(close, confirm);
    }

    private Anchor template(ImportFormat format) {
        String name = "mau-nhap-cau-hoi." + format.extension();
        DownloadHandler handler = event -> {
            byte[] bytes = imports.template(format);
            event.setFileName(name);
            event.getResponse().setContentType(format.contentType());
            event.getResponse().setContentLengthLong(bytes.length);
            event.getOutputStream().write(bytes);
        };
        Anchor link = new Anchor(handler, getTranslation("questionImport.template." + format.extension()));
        link.setId("import-template-" + format.extension());
        link.getElement().setAttribute("download", name);
        link.addClassName("card-link");
        return link;
    }

    /** Reads at most the import limit (plus one byte, to notice a larger file) on the request thread. */
    private UploadHandler handler() {
        return event -> {
            UI ui = event.getUI();
            String name = event.getFileName();
            byte[] bytes;
            try (InputStream in = event.getInputStream()) {
                bytes = in.readNBytes(QuestionImportService.MAX_BYTES + 1);
            }
            try {
                ImportReport report = imports.dryRun(moduleId, name, bytes);
                ui.access(() -> show(name, bytes, report));
            } catch (UserFacingException refusal) {
                String message = ui.getTranslation(refusal.messageKey(), refusal.args());
                event.reject(message);
                ui.access(() -> {
                    reset();
                    showError(message);
                });
            }
        };
    }

    private void show(String name, byte[] bytes, ImportReport report) {
        error.setVisible(false);
        fileName = name;
        content = bytes;
        table.setItems(report.lines());
        table.setVisible(true);
        int bad = report.errors();
        summary.setText(getTranslation(
                "questionImport.summary",
                name,
                report.lines().size(),
                report.lines().size() - bad,
                bad));
        confirm.setEnabled(report.ok());
    }

    private void reset() {
        content = null;
        fileName = null;
        table.setItems();
        table.setVisible(false);
        summary.setText("");
        confirm.setEnabled(false);
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    private void runImport() {
        try {
            int count = imports.importAll(moduleId, fileName, content);
            Notification.show(getTranslation("questionImport.done", count), 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
            onImported.run();
        } catch (UserFacingException refusal) {
            showError(getTranslation(refusal.messageKey(), refusal.args()));
            confirm.setEnabled(false);
        }
    }

    private Component problems(ImportLine row) {
        UnorderedList list = new UnorderedList();
        list.addClassName("problem-list");
        for (ImportProblem p : row.problems()) {
            list.add(new ListItem(getTranslation(p.key(), p.args().toArray())));
        }
        return list;
    }
}
