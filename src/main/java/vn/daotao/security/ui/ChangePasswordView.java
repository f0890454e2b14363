package vn.daotao.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.daotao.base.UserFacingException;
import vn.daotao.base.ui.ViewTitles;
import vn.daotao.security.AccountService;
import vn.daotao.security.PasswordPolicy;

/** /account/password: every user changes their own password; people who must are sent here first. */
@Route("account/password")
@PermitAll
@Menu(title = "nav.password", order = 100, icon = "vaadin:key")
class ChangePasswordView extends Main implements HasDynamicTitle {

    ChangePasswordView(AccountService accounts) {
        addClassName("page");
        H2 title = new H2(getTranslation("password.title"));
        title.setId("password-title");
        add(title);
        if (accounts.passwordInDirectory()) {
            // the organisation's directory checks this person's password: it is changed there, not here
            Paragraph directory = new Paragraph(getTranslation("password.directory"));
            directory.addClassNames("banner", "banner-info");
            directory.setId("password-directory");
            add(directory);
            return;
        }
        if (accounts.mustChangePassword()) {
            Paragraph must = new Paragraph(getTranslation("password.must"));
            must.addClassNames("banner", "banner-warning");
            must.setId("password-must");
            add(must);
        }
        PasswordField current = field("password-current", "password.current");
        PasswordField replacement = field("password-new", "password.new");
        replacement.setHelperText(getTranslation("password.rule", PasswordPolicy.MIN_LENGTH));
        PasswordField confirmation = field("password-confirm", "password.confirm");
        Button save = new Button(getTranslation("password.save"), e -> {
            try {
                accounts.changePassword(current.getValue(), replacement.getValue(), confirmation.getValue());
                current.clear();
                replacement.clear();
                confirmation.clear();
                Notification.show(getTranslation("password.changed"), 5000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate(""));
            } catch (UserFacingException problem) {
                replacement.setInvalid(true);
                replacement.setErrorMessage(getTranslation(problem.messageKey(), problem.args()));
            }
        });
        save.setId("password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(current, replacement, confirmation, save);
        form.addClassNames("card", "password-form");
        add(form);
    }

    private PasswordField field(String id, String labelKey) {
        PasswordField field = new PasswordField(getTranslation(labelKey));
        field.setId(id);
        field.setWidthFull();
        return field;
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "nav.password");
    }
}
