package vn.daotao.api.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import vn.daotao.api.ApiScope;
import vn.daotao.api.ApiTokenRow;
import vn.daotao.api.ApiTokenService;
import vn.daotao.base.TimeConfiguration;
import vn.daotao.base.UserFacingException;
import vn.daotao.base.ui.Badge;
import vn.daotao.base.ui.DatePickers;
import vn.daotao.base.ui.Formats;
import vn.daotao.base.ui.ViewTitles;
import vn.daotao.security.Role;

/**
 * /admin/api-tokens: the REST API's tokens (name, scopes, expiry, last use, state); a new one is shown once, in a
 * dialog, then only its first characters; revoking asks first.
 */
@Route("admin/api-tokens")
@RolesAllowed(Role.ADMIN_NAME)
@Menu(title = "nav.apiTokens", order = 88, icon = "vaadin:key-o")
class ApiTokensView extends Main implements HasDynamicTitle {

    private final ApiTokenService tokens;
    private final Clock clock;
    private final Grid<ApiTokenRow> grid = new Grid<>();

    ApiTokensView(ApiTokenService tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
        addClassNames("page", "page-fill");
        H2 title = new H2(getTranslation("api.tokens.title"));
        title.setId("api-tokens-title");
        Paragraph intro = new Paragraph(getTranslation("api.tokens.intro"));
        intro.addClassName("muted");
        Button create = new Button(getTranslation("api.tokens.new"), VaadinIcon.PLUS.create(), e -> createDialog());
        create.setId("api-tokens-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div bar = new Div(create);
        bar.addClassName("filters");

        grid.setId("api-tokens-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ApiTokenRow::name)
                .setHeader(getTranslation("api.tokens.col.name"))
                .setFlexGrow(2);
        grid.addColumn(t -> t.prefix() + "…")
                .setHeader(getTranslation("api.tokens.col.prefix"))
                .setAutoWidth(true);
        grid.addColumn(t -> t.scopes().stream()
                        .map(s -> getTranslation("api.scope." + s.name()))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("api.tokens.col.scopes"))
                .setFlexGrow(3);
        grid.addColumn(t -> Formats.date(t.expiresAt().minusSeconds(1)))
                .setHeader(getTranslation("api.tokens.col.expires"))
                .setAutoWidth(true);
        grid.addColumn(t -> t.lastUsedAt() == null ? "—" : Formats.dateTime(t.lastUsedAt()))
                .setHeader(getTranslation("api.tokens.col.lastUsed"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::state)
                .setHeader(getTranslation("api.tokens.col.state"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::revokeButton)
                .setHeader("")
                .setAutoWidth(true)
                .setFlexGrow(0);
        refresh();
        add(title, intro, bar, grid);
    }

    private Component state(ApiTokenRow t) {
        Instant now = clock.instant();
        if (t.revokedAt() != null) {
            return new Badge(getTranslation("api.tokens.state.revoked"), "error");
        }
        return t.active(now)
                ? new Badge(getTranslation("api.tokens.state.active"), "success")
                : new Badge(getTranslation("api.tokens.state.expired"), "contrast");
    }

    private Component revokeButton(ApiTokenRow t) {
        if (!t.active(clock.instant())) {
            return new Span();
        }
        Button revoke = new Button(getTranslation("api.tokens.revoke"), e -> {
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setId("api-token-revoke-confirm");
            confirm.setHeader(getTranslation("api.tokens.revoke.title"));
            confirm.setText(getTranslation("api.tokens.revoke.text", t.name()));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.setConfirmText(getTranslation("api.tokens.revoke"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.addConfirmListener(c -> {
                tokens.revoke(t.id());
                refresh();
            });
            confirm.open();
        });
        revoke.setId("api-token-revoke-" + t.id());
        revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return revoke;
    }

    private void createDialog() {
        Dialog dialog = new Dialog();
        dialog.setId("api-token-dialog");
        dialog.setHeaderTitle(getTranslation("api.tokens.new"));
        dialog.setWidth("min(560px, 96vw)");
        TextField name = new TextField(getTranslation("api.tokens.field.name"));
        name.setId("api-token-name");
        name.setWidthFull();
        name.setMaxLength(100);
        name.setHelperText(getTranslation("api.tokens.field.name.help"));
        CheckboxGroup<ApiScope> scopes = new CheckboxGroup<>(getTranslation("api.tokens.field.scopes"));
        scopes.setId("api-token-scopes");
        scopes.setItems(ApiScope.values());
        scopes.setItemLabelGenerator(s -> getTranslation("api.scope." + s.name()) + " (" + s.value() + ")");
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.ZONE));
        DatePicker expires = DatePickers.localised(new DatePicker(getTranslation("api.tokens.field.expires")));
        expires.setId("api-token-expires");
        expires.setMin(today.plusDays(1));
        expires.setMax(today.plusDays(731));
        expires.setValue(today.plusYears(1));
        Span error = new Span();
        error.setId("api-token-error");
        error.addClassName("text-error");
        Div form = new Div(name, scopes, expires, error);
        form.addClassName("form-column");
        dialog.add(form);
        Button save = new Button(getTranslation("api.tokens.create"), e -> {
            try {
                ApiTokenService.Created created =
                        tokens.create(name.getValue(), List.copyOf(scopes.getSelectedItems()), expires.getValue());
                dialog.close();
                refresh();
                showSecret(created);
            } catch (UserFacingException problem) {
                error.setText(getTranslation(problem.messageKey(), problem.args()));
            }
        });
        save.setId("api-token-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void showSecret(ApiTokenService.Created created) {
        Dialog shown = new Dialog();
        shown.setId("api-token-secret-dialog");
        shown.setHeaderTitle(
                getTranslation("api.tokens.secret.title", created.token().name()));
        shown.setWidth("min(640px, 96vw)");
        TextField secret = new TextField(getTranslation("api.tokens.secret.label"));
        secret.setId("api-token-secret");
        secret.setValue(created.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        Paragraph once = new Paragraph(getTranslation("api.tokens.secret.once"));
        once.addClassName("text-error");
        shown.add(secret, once);
        Button done = new Button(getTranslation("api.tokens.secret.done"), e -> shown.close());
        done.setId("api-token-secret-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        shown.getFooter().add(done);
        shown.setCloseOnOutsideClick(false);
        shown.open();
    }

    private void refresh() {
        grid.setItems(tokens.tokens());
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "nav.apiTokens");
    }
}
