package vn.daotao.course.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.Arrays;
import vn.daotao.base.UserFacingException;
import vn.daotao.base.ui.UploadTexts;
import vn.daotao.course.AttachmentInfo;
import vn.daotao.course.AttachmentService;
import vn.daotao.course.AttachmentType;

/**
 * The files of one module: a list with download links and, while the module is a draft, an upload
 * area (drag and drop, progress shown by the upload component) and remove buttons.
 */
class AttachmentsPanel extends Div {

    private final AttachmentService attachments;
    private final long moduleId;
    private final boolean editable;
    private final Grid<AttachmentInfo> grid = new Grid<>();
    private final Div message = new Div();
    private final Paragraph empty = new Paragraph();

    AttachmentsPanel(AttachmentService attachments, long moduleId, boolean editable) {
        this.attachments = attachments;
        this.moduleId = moduleId;
        this.editable = editable;
        addClassName("editor-panel");
        setId("attachments-panel");
        String maxSize = UploadTexts.size(attachments.maxSize().toBytes());

        if (editable) {
            Paragraph hint = new Paragraph(getTranslation("attachments.hint", maxSize));
            hint.addClassName("muted");
            add(hint, upload(maxSize));
        }
        message.setId("attachment-message");
        message.addClassName("text-error");
        message.setVisible(false);

        grid.setId("attachments-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(this::link)
                .setHeader(getTranslation("attachments.col.name"))
                .setFlexGrow(3);
        grid.addColumn(a -> typeLabel(a.contentType()))
                .setHeader(getTranslation("attachments.col.type"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(a -> UploadTexts.size(a.sizeBytes()))
                .setHeader(getTranslation("attachments.col.size"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        if (editable) {
            grid.addComponentColumn(this::removeButton)
                    .setHeader(getTranslation("attachments.col.actions"))
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        empty.setText(getTranslation("attachments.empty"));
        empty.addClassName("muted");
        empty.setId("attachments-empty");
        add(message, grid, empty);
        refresh();
    }

    private Upload upload(String maxSize) {
        Upload upload = new Upload();
        upload.setId("attachment-upload");
        upload.setUploadFormat(UploadFormat.RAW);
        upload.setMaxFileSize(
                (int) Math.min(Integer.MAX_VALUE, attachments.maxSize().toBytes()));
        upload.setMaxFiles(10);
        upload.setAcceptedFileTypes(AttachmentType.acceptedByBrowser().toArray(String[]::new));
        upload.setDropAllowed(true);
        upload.setI18n(UploadTexts.of(this));
        upload.setWidthFull();
        upload.setUploadHandler(handler());
        upload.addFileRejectedListener(e -> {
            String key =
                    e.getErrorMessage() != null && e.getErrorMessage().equals(getTranslation("upload.error.tooBig"))
                            ? "attachments.rejected.tooBig"
                            : "attachments.rejected.type";
            showError(getTranslation(key, e.getFileName(), maxSize));
        });
        return upload;
    }

    /**
     * Runs on the upload request's thread: the service reads the stream (to a temporary file) with the
     * admin's security context, and only the screen update goes through the UI lock.
     */
    private UploadHandler handler() {
        return event -> {
            UI ui = event.getUI();
            String name = event.getFileName();
            try {
                AttachmentInfo saved = attachments.upload(moduleId, name, event.getInputStream());
                ui.access(() -> {
                    message.setVisible(false);
                    refresh();
                    Notification.show(
                                    getTranslation("attachments.uploaded", saved.fileName()),
                                    4000,
                                    Notification.Position.BOTTOM_START)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                });
            } catch (UserFacingException refusal) {
                String reason = ui.getTranslation(refusal.messageKey(), refusal.args());
                event.reject(reason);
                ui.access(() -> showError(getTranslation("attachments.refused", name, reason)));
            }
        };
    }

    private void showError(String text) {
        message.setText(text);
        message.setVisible(true);
        Notification.show(text, 8000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private Anchor link(AttachmentInfo a) {
        Anchor link = new Anchor(AdminAttachmentController.PATH + a.id(), a.fileName());
        link.setId("attachment-link-" + a.id());
        link.setRouterIgnore(true);
        link.setTarget(AnchorTarget.BLANK);
        return link;
    }

    private Button removeButton(AttachmentInfo a) {
        Button remove =
                new Button(getTranslation("attachments.remove"), VaadinIcon.TRASH.create(), e -> confirmRemove(a));
        remove.setId("attachment-remove-" + a.id());
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return remove;
    }

    private void confirmRemove(AttachmentInfo a) {
        ConfirmDialog dialog = new ConfirmDialog(
                getTranslation("attachments.remove.title"),
                getTranslation("attachments.remove.text", a.fileName()),
                getTranslation("attachments.remove"),
                e -> {
                    attachments.remove(a.id());
                    refresh();
                    Notification.show(
                                    getTranslation("attachments.remove.done", a.fileName()),
                                    4000,
                                    Notification.Position.BOTTOM_START)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                });
        dialog.setId("attachment-remove-confirm");
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.open();
    }

    private void refresh() {
        var items = attachments.attachments(moduleId);
        grid.setItems(items);
        grid.setVisible(!items.isEmpty());
        empty.setVisible(items.isEmpty());
    }

    private static String typeLabel(String contentType) {
        return Arrays.stream(AttachmentType.values())
                .filter(t -> t.contentType().equals(contentType))
                .map(t -> t.extension().toUpperCase())
                .findFirst()
                .orElse(contentType);
    }
}
