package vn.daotao.certificate.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import vn.daotao.base.UserFacingException;
import vn.daotao.base.ui.Formats;
import vn.daotao.base.ui.ViewTitles;
import vn.daotao.certificate.CertificateSettingsData;
import vn.daotao.certificate.CertificateSettingsService;
import vn.daotao.certificate.CertificateSigningService;
import vn.daotao.certificate.CertificateTemplate;
import vn.daotao.certificate.SealImage;
import vn.daotao.certificate.SigningStatus;
import vn.daotao.security.Role;

/**
 * /admin/certificate-settings: organisation, signer, serial prefix and seal printed on certificates issued
 * from now on, and a sample PDF of the saved settings.
 */
@Route("admin/certificate-settings")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(title = "nav.certificateSettings", order = 86, icon = "vaadin:diploma")
class CertificateSettingsView extends Main implements HasDynamicTitle {

    private final CertificateSettingsService settings;
    private final TextField organisation = new TextField();
    private final TextField signerName = new TextField();
    private final TextField signerTitle = new TextField();
    private final TextField prefix = new TextField();
    private final com.vaadin.flow.component.select.Select<vn.daotao.certificate.HeaderKind> header =
            new com.vaadin.flow.component.select.Select<>();
    private final TextField governingBody = new TextField();
    private final TextField place = new TextField();
    private final Div sealPreview = new Div();
    private final Span sealError = new Span();
    private final Button removeSeal = new Button();
    /** The seal the form would save: the current one, an accepted upload, or null after "remove". */
    private byte[] seal;

    CertificateSettingsView(CertificateSettingsService settings, CertificateSigningService signing) {
        this.settings = settings;
        addClassNames("page", "settings-page");
        H2 title = new H2(getTranslation("settings.title"));
        title.setId("settings-title");
        Paragraph intro = new Paragraph(getTranslation("settings.intro"));
        intro.addClassName("muted");

        field(organisation, "settings-organisation", "settings.organisation", null);
        field(signerName, "settings-signer-name", "settings.signerName", null);
        field(signerTitle, "settings-signer-title", "settings.signerTitle", null);
        field(prefix, "settings-prefix", "settings.prefix", getTranslation("settings.prefix.help"));
        prefix.setMaxLength(16);
        prefix.setAllowedCharPattern("[A-Za-z0-9]");
        prefix.addValueChangeListener(e -> {
            if (e.isFromClient() && !e.getValue().equals(e.getValue().toUpperCase(java.util.Locale.ROOT))) {
                prefix.setValue(e.getValue().toUpperCase(java.util.Locale.ROOT));
            }
        });
        header.setId("settings-header");
        header.setLabel(getTranslation("settings.header"));
        header.setItems(vn.daotao.certificate.HeaderKind.values());
        header.setItemLabelGenerator(k -> getTranslation("settings.header." + k.name()));
        header.setWidthFull();
        field(
                governingBody,
                "settings-governing-body",
                "settings.governingBody",
                getTranslation("settings.governingBody.help"));
        field(place, "settings-place", "settings.place", getTranslation("settings.place.help"));
        Div texts = new Div(
                new H3(getTranslation("settings.section.texts")),
                header,
                governingBody,
                organisation,
                signerName,
                signerTitle,
                place,
                prefix);
        texts.addClassName("card");

        Span sealHelp = new Span(getTranslation("settings.seal.help"));
        sealHelp.addClassName("muted");
        Div seals = new Div(
                new H3(getTranslation("settings.section.seal")),
                sealPreview,
                removeSeal,
                sealUpload(),
                sealHelp,
                sealError);
        seals.addClassName("card");
        sealPreview.setId("settings-seal-preview");
        sealPreview.addClassName("seal-preview");
        sealError.setId("settings-seal-error");
        sealError.addClassName("text-error");
        removeSeal.setText(getTranslation("settings.seal.remove"));
        removeSeal.setId("settings-seal-remove");
        removeSeal.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        removeSeal.setIcon(VaadinIcon.TRASH.create());
        removeSeal.addClassName("start");
        removeSeal.addClickListener(e -> showSeal(null));

        Button save = new Button(getTranslation("settings.save"), e -> save());
        save.setId("settings-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor sample =
                new Anchor(CertificateSampleController.PATH, getTranslation("settings.sample"), AnchorTarget.BLANK);
        sample.setId("settings-sample");
        sample.setRouterIgnore(true);
        sample.addClassNames("button-link", "button-link-secondary");
        Span sampleNote = new Span(getTranslation("settings.sample.note"));
        sampleNote.addClassName("muted");
        Div actions = new Div(save, sample, sampleNote);
        actions.addClassName("form-actions");

        add(title, intro, texts, seals, actions, signingCard(signing));
        load(settings.current());
    }

    /** The signing key: who signs now, and the installation of the organisation's PKCS#12 file. */
    private Div signingCard(CertificateSigningService signing) {
        Div card = new Div(new H3(getTranslation("signing.heading")));
        card.addClassNames("card", "form-column");
        card.setId("signing-card");
        Paragraph state = new Paragraph();
        state.setId("signing-status");
        Runnable showStatus = () -> {
            SigningStatus status = signing.status();
            state.setText(
                    !status.signing()
                            ? getTranslation("signing.off")
                            : getTranslation("signing.on", status.signer(), Formats.date(status.notAfter()))
                                    + (status.demo() ? " " + getTranslation("signing.demo") : ""));
        };
        showStatus.run();
        card.add(state);
        if (signing.status().fromEnvironment()) {
            card.add(new Paragraph(getTranslation("signing.environment")));
            return card;
        }
        byte[][] file = {null};
        Span fileLabel = new Span(getTranslation("signing.file"));
        fileLabel.addClassName("muted");
        Upload upload = vn.daotao.base.ui.SingleFileUpload.of(
                this,
                "signing-upload",
                CertificateSigningService.MAX_BYTES,
                (name, bytes) -> file[0] = bytes,
                () -> file[0] = null,
                ".p12",
                ".pfx",
                "application/x-pkcs12");
        com.vaadin.flow.component.textfield.PasswordField password =
                new com.vaadin.flow.component.textfield.PasswordField(getTranslation("signing.password"));
        password.setId("signing-password");
        Button install = new Button(getTranslation("signing.install"), e -> {
            try {
                SigningStatus status =
                        signing.install(file[0], password.getValue().toCharArray());
                password.clear();
                showStatus.run();
                Notification.show(
                                getTranslation("signing.installed", status.signer()),
                                5000,
                                Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (UserFacingException problem) {
                password.clear();
                password.setInvalid(true);
                password.setErrorMessage(getTranslation(problem.messageKey()));
            }
        });
        install.setId("signing-install");
        card.add(fileLabel, upload, password, install);
        return card;
    }

    private void field(TextField field, String id, String labelKey, String helper) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setWidthFull();
        field.setMaxLength(CertificateSettingsService.MAX_NAME);
        field.setRequiredIndicatorVisible(true);
        if (helper != null) {
            field.setHelperText(helper);
        }
    }

    private Upload sealUpload() {
        // RAW: the file is the request body, so no multipart size limit applies before ours.
        // The handler runs without the session lock; it reads at most one byte past the limit.
        Upload upload = new Upload();
        UI ui = UI.getCurrent();
        upload.setUploadHandler((UploadHandler) event -> {
            byte[] content = readAtMost(event.getInputStream(), SealImage.MAX_BYTES + 1);
            try {
                SealImage accepted = settings.checkSeal(event.getFileName(), content);
                ui.access(() -> {
                    showSeal(accepted.png());
                    upload.clearFileList();
                });
            } catch (UserFacingException refused) {
                event.reject(ui.getTranslation(refused.messageKey(), refused.args()));
                ui.access(() -> {
                    sealError.setText(getTranslation(refused.messageKey(), refused.args()));
                    upload.clearFileList();
                });
            }
        });
        upload.setId("settings-seal-upload");
        upload.setUploadFormat(UploadFormat.RAW);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(SealImage.MAX_BYTES);
        upload.setAcceptedFileTypes("image/png", ".png");
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles()
                .setOne(getTranslation("settings.seal.choose"))
                .setMany(getTranslation("settings.seal.choose")));
        i18n.setDropFiles(new UploadI18N.DropFiles()
                .setOne(getTranslation("settings.seal.drop"))
                .setMany(getTranslation("settings.seal.drop")));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("settings.seal.rejected"))
                .setIncorrectFileType(getTranslation("settings.seal.rejected"))
                .setTooManyFiles(getTranslation("settings.seal.rejected")));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(e -> sealError.setText(getTranslation("settings.seal.rejected")));
        return upload;
    }

    private static byte[] readAtMost(InputStream in, int limit) {
        try (in) {
            return in.readNBytes(limit);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void load(CertificateTemplate t) {
        organisation.setValue(t.organisationName() == null ? "" : t.organisationName());
        signerName.setValue(t.signerName() == null ? "" : t.signerName());
        signerTitle.setValue(t.signerTitle() == null ? "" : t.signerTitle());
        prefix.setValue(t.serialPrefix() == null ? "" : t.serialPrefix());
        header.setValue(t.header());
        governingBody.setValue(t.governingBody() == null ? "" : t.governingBody());
        place.setValue(t.place() == null ? "" : t.place());
        showSeal(t.sealImage());
    }

    private void showSeal(byte[] png) {
        seal = png == null || png.length == 0 ? null : png;
        sealError.setText("");
        sealPreview.removeAll();
        if (seal == null) {
            Span none = new Span(getTranslation("settings.seal.none"));
            none.addClassName("muted");
            sealPreview.add(VaadinIcon.PICTURE.create(), none);
        } else {
            byte[] bytes = seal;
            Image image = new Image(
                    DownloadHandler.fromInputStream(e -> new DownloadResponse(
                            new ByteArrayInputStream(bytes), "seal.png", "image/png", bytes.length)),
                    getTranslation("settings.seal.alt"));
            image.setId("settings-seal-image");
            sealPreview.add(image);
        }
        removeSeal.setEnabled(seal != null);
    }

    private void save() {
        for (TextField f : new TextField[] {organisation, signerName, signerTitle, prefix}) {
            f.setInvalid(false);
        }
        try {
            boolean changed = settings.save(new CertificateSettingsData(
                    organisation.getValue(),
                    signerName.getValue(),
                    signerTitle.getValue(),
                    prefix.getValue(),
                    seal,
                    header.getValue(),
                    governingBody.getValue(),
                    place.getValue()));
            load(settings.current());
            Notification.show(
                            getTranslation(changed ? "settings.saved" : "settings.unchanged"),
                            5000,
                            Notification.Position.TOP_CENTER)
                    .addThemeVariants(changed ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_CONTRAST);
        } catch (UserFacingException problem) {
            TextField target = switch (problem.messageKey()) {
                case "settings.error.organisationRequired" -> organisation;
                case "settings.error.signerRequired" -> signerName;
                case "settings.error.titleRequired" -> signerTitle;
                case "settings.error.prefix" -> prefix;
                default -> null;
            };
            String message = getTranslation(problem.messageKey(), problem.args());
            if (target != null) {
                target.setErrorMessage(message);
                target.setInvalid(true);
                target.focus();
            } else {
                sealError.setText(message);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "nav.certificateSettings");
    }
}
