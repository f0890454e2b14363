package vn.daotao.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Consumer;
import vn.daotao.organisation.FieldRefusal;
import vn.daotao.organisation.UnitAdminService;
import vn.daotao.organisation.UnitNode;
import vn.daotao.organisation.UnitOption;

/** Moves a unit with everything below it under another active unit. The service refuses cycles. */
class MoveUnitDialog extends Dialog {

    MoveUnitDialog(UnitAdminService units, UnitNode unit, Consumer<Long> moved) {
        setId("unit-move-dialog");
        setHeaderTitle(getTranslation("people.units.move.title", unit.name()));
        Paragraph help = new Paragraph(getTranslation("people.units.move.help"));
        help.addClassName("muted");
        ComboBox<UnitOption> parent = new ComboBox<>(getTranslation("people.units.field.parent"));
        parent.setId("unit-parent");
        parent.setItems(vn.daotao.base.ui.AccentFree.filter(UnitOption::label), units.activeUnits());
        parent.setItemLabelGenerator(u -> "\u00a0\u00a0".repeat(u.depth()) + u.label());
        parent.setWidthFull();
        add(help, parent);
        Button save = new Button(getTranslation("people.units.move"), e -> {
            if (parent.getValue() == null) {
                parent.setErrorMessage(getTranslation("people.unit.error.noParent"));
                parent.setInvalid(true);
                return;
            }
            try {
                units.move(unit.id(), parent.getValue().id());
                close();
                moved.accept(unit.id());
            } catch (FieldRefusal refusal) {
                parent.setErrorMessage(getTranslation(refusal.messageKey(), refusal.args()));
                parent.setInvalid(true);
            }
        });
        save.setId("unit-move-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        setWidth("min(560px, 95vw)");
    }
}
