package vn.daotao.organisation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
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
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.daotao.base.ui.Formats;
import vn.daotao.base.ui.ViewTitles;
import vn.daotao.organisation.FieldRefusal;
import vn.daotao.organisation.NewAccount;
import vn.daotao.organisation.PeopleAdminService;
import vn.daotao.organisation.PersonData;
import vn.daotao.organisation.PersonDetails;
import vn.daotao.organisation.UnitAdminService;
import vn.daotao.organisation.UnitOption;
import vn.daotao.security.Role;

/** /admin/people/new and /admin/people/{userId}: one person's data, roles and account. */
@Route("admin/people/:userId")
@RolesAllowed(Role.ADMIN_NAME)
class PersonEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PeopleAdminService people;
    private final H2 title = new H2();
    private final TextField fullName = new TextField();
    private final TextField username = new TextField();
    private final TextField employeeCode = new TextField();
    private final EmailField email = new EmailField();
    private final ComboBox<UnitOption> unit = new ComboBox<>();
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final Checkbox enabled = new Checkbox();
    private final Div account = new Div();
    private final List<UnitOption> unitOptions;
    private PersonDetails person;

    PersonEditorView(PeopleAdminService people, UnitAdminService units) {
        this.people = people;
        this.unitOptions = new ArrayList<>(units.activeUnits());
        addClassName("page");
        title.setId("person-title");
        Anchor back = new Anchor("admin/people", getTranslation("people.person.back"));
        back.addClassName("back-link");
        back.setId("person-back");

        fullName.setId("person-fullname");
        fullName.setLabel(getTranslation("people.field.fullName"));
        fullName.setRequiredIndicatorVisible(true);
        fullName.setMaxLength(200);
        username.setId("person-username");
        username.setLabel(getTranslation("people.field.username"));
        username.setHelperText(getTranslation("people.field.username.help"));
        username.setRequiredIndicatorVisible(true);
        username.setMaxLength(64);
        employeeCode.setId("person-code");
        employeeCode.setLabel(getTranslation("people.field.employeeCode"));
        employeeCode.setHelperText(getTranslation("people.field.employeeCode.help"));
        employeeCode.setMaxLength(40);
        email.setId("person-email");
        email.setLabel(getTranslation("people.field.email"));
        email.setMaxLength(254);
        unit.setId("person-unit");
        unit.setLabel(getTranslation("people.field.unit"));
        unit.setRequiredIndicatorVisible(true);
        unit.setItemLabelGenerator(u -> "\u00a0\u00a0".repeat(u.depth()) + u.label());
        roles.setId("person-roles");
        roles.setLabel(getTranslation("people.field.roles"));
        roles.setItems(Arrays.asList(Role.values()));
        roles.setItemLabelGenerator(r -> PeopleLabels.role(this, r));
        roles.setHelperText(getTranslation("people.field.roles.help"));
        enabled.setId("person-enabled");
        enabled.setLabel(getTranslation("people.field.enabled"));

        FormLayout form = new FormLayout(fullName, username, employeeCode, email, unit, roles, enabled);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 2));
        form.setColspan(roles, 2);
        form.setColspan(enabled, 2);
        Button save = new Button(getTranslation("people.save"), VaadinIcon.CHECK.create(), e -> save());
        save.setId("person-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div card = new Div(form, save);
        card.addClassNames("card", "person-card");
        account.addClassName("card");
        account.setId("person-account");
        add(back, title, card, account);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("userId").orElse("");
        if ("new".equals(id)) {
            person = null;
            showNew();
            return;
        }
        if (!id.matches("\\d{1,18}")) {
            throw new NotFoundException();
        }
        person = people.person(Long.parseLong(id)).orElseThrow(NotFoundException::new);
        show(person);
    }

    private void showNew() {
        title.setText(getTranslation("people.person.new"));
        unit.setItems(vn.daotao.base.ui.AccentFree.filter(UnitOption::label), unitOptions);
        roles.setValue(java.util.Set.of(Role.EMPLOYEE));
        enabled.setValue(true);
        username.setReadOnly(false);
        account.setVisible(false);
    }

    private void show(PersonDetails p) {
        title.setText(p.fullName());
        List<UnitOption> options = new ArrayList<>(unitOptions);
        // A disabled person may sit in a unit deactivated meanwhile: keep it choosable so the form still saves.
        if (options.stream().noneMatch(u -> u.id() == p.unitId())) {
            options.add(new UnitOption(p.unitId(), "—", p.unitName(), 0));
        }
        unit.setItems(vn.daotao.base.ui.AccentFree.filter(UnitOption::label), options);
        fullName.setValue(p.fullName());
        username.setValue(p.username());
        username.setReadOnly(true);
        username.setHelperText(getTranslation("people.field.username.fixed"));
        employeeCode.setValue(p.employeeCode() == null ? "" : p.employeeCode());
        email.setValue(p.email() == null ? "" : p.email());
        unit.setValue(
                options.stream().filter(u -> u.id() == p.unitId()).findFirst().orElse(null));
        roles.setValue(p.roles());
        enabled.setValue(p.enabled());
        showAccount(p);
    }

    private void showAccount(PersonDetails p) {
        account.removeAll();
        account.setVisible(true);
        account.add(new H3(getTranslation("people.account.title")));
        Span state = new Span(
                p.locked()
                        ? getTranslation("people.account.locked", Formats.dateTime(p.lockedUntil()))
                        : getTranslation(p.enabled() ? "people.account.ok" : "people.account.disabled"));
        state.setId("person-account-state");
        account.add(state);
        if (p.mustChangePassword()) {
            Span must = new Span(getTranslation("people.account.mustChange"));
            must.addClassName("muted");
            account.add(must);
        }
        Div buttons = new Div();
        buttons.addClassName("filters");
        if (p.locked()) {
            Button unlock = new Button(getTranslation("people.account.unlock"), VaadinIcon.UNLOCK.create(), e -> {
                people.unlock(p.id());
                reload("people.account.unlocked");
            });
            unlock.setId("person-unlock");
            buttons.add(unlock);
        }
        Button reset =
                new Button(getTranslation("people.account.reset"), VaadinIcon.KEY.create(), e -> confirmReset(p));
        reset.setId("person-reset");
        buttons.add(reset);
        account.add(buttons);
        Paragraph note = new Paragraph(getTranslation("people.account.note"));
        note.addClassName("muted");
        account.add(note);
    }

    private void confirmReset(PersonDetails p) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("person-reset-confirm");
        confirm.setHeader(getTranslation("people.reset.title", p.fullName()));
        confirm.setText(getTranslation("people.reset.text"));
        Button ok = new Button(getTranslation("people.account.reset"));
        ok.setId("person-reset-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setDisableOnClick(true);
        ok.addClickListener(e -> {
            confirm.close();
            String password = people.resetPassword(p.id());
            new OneTimePasswordDialog(p.username(), password, () -> reload(null)).open();
        });
        confirm.setConfirmButton(ok);
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    private void save() {
        Map<FieldRefusal.Field, HasValidation> fields = Map.of(
                FieldRefusal.Field.FULL_NAME,
                fullName,
                FieldRefusal.Field.USERNAME,
                username,
                FieldRefusal.Field.EMPLOYEE_CODE,
                employeeCode,
                FieldRefusal.Field.EMAIL,
                email,
                FieldRefusal.Field.UNIT,
                unit,
                FieldRefusal.Field.ROLES,
                roles);
        fields.values().forEach(f -> f.setInvalid(false));
        PersonData data = new PersonData(
                fullName.getValue(),
                username.getValue(),
                employeeCode.getValue(),
                email.getValue(),
                unit.getValue() == null ? null : unit.getValue().id(),
                roles.getValue(),
                enabled.getValue());
        try {
            if (person == null) {
                NewAccount created = people.create(data);
                new OneTimePasswordDialog(
                                created.username(),
                                created.oneTimePassword(),
                                () -> getUI().ifPresent(ui -> ui.navigate("admin/people/" + created.id())))
                        .open();
            } else {
                people.update(person.id(), data);
                reload("people.person.saved");
            }
        } catch (FieldRefusal refusal) {
            HasValidation field = fields.get(refusal.field());
            String message = getTranslation(refusal.messageKey(), refusal.args());
            if (field == null) {
                Notification.show(message, 6000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            } else {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
        }
    }

    private void reload(String messageKey) {
        person = people.person(person.id()).orElseThrow(NotFoundException::new);
        show(person);
        if (messageKey != null) {
            Notification.show(getTranslation(messageKey), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.named(this, person == null ? null : person.fullName(), "people.person.new");
    }
}
