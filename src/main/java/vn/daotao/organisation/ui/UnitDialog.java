package vn.daotao.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import vn.daotao.organisation.FieldRefusal;
import vn.daotao.organisation.UnitAdminService;
import vn.daotao.organisation.UnitData;
import vn.daotao.organisation.UnitNode;

/** Adds a unit under {@code parent}, or renames {@code unit}. Problems show next to their field; nothing typed is lost. */
class UnitDialog extends Dialog {

    private final TextField code = new TextField();
    private final TextField name = new TextField();

    UnitDialog(UnitAdminService units, UnitNode parent, UnitNode unit, Consumer<Long> saved) {
        setId("unit-dialog");
        setHeaderTitle(
                unit == null ? getTranslation("people.units.add.title") : getTranslation("people.units.edit.title"));
        if (parent != null) {
            Paragraph under = new Paragraph(getTranslation("people.units.add.under", parent.name()));
            under.addClassName("muted");
            add(under);
        }
        code.setId("unit-code");
        code.setLabel(getTranslation("people.units.field.code"));
        code.setHelperText(getTranslation("people.units.field.code.help"));
        code.setMaxLength(40);
        code.setRequiredIndicatorVisible(true);
        name.setId("unit-name");
        name.setLabel(getTranslation("people.units.field.name"));
        name.setMaxLength(200);
        name.setRequiredIndicatorVisible(true);
        name.setWidthFull();
        if (unit != null) {
            code.setValue(unit.code());
            name.setValue(unit.name());
        }
        add(code, name);
        Button save = new Button(getTranslation("people.save"), e -> {
            code.setInvalid(false);
            name.setInvalid(false);
            try {
                UnitData data = new UnitData(code.getValue(), name.getValue());
                long id = unit == null ? units.create(parent.id(), data) : unit.id();
                if (unit != null) {
                    units.rename(unit.id(), data);
                }
                close();
                saved.accept(id);
            } catch (FieldRefusal refusal) {
                TextField field = refusal.field() == FieldRefusal.Field.NAME ? name : code;
                field.setErrorMessage(getTranslation(refusal.messageKey(), refusal.args()));
                field.setInvalid(true);
            }
        });
        save.setId("unit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
        setWidth("min(520px, 95vw)");
    }
}
