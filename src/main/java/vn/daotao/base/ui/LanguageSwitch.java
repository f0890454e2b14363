package vn.daotao.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

/** Switches between Vietnamese and English; the choice is kept in a cookie and applied on reload. */
public class LanguageSwitch extends Button {

    public LanguageSwitch() {
        setId("language-switch");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        addClassName("language-switch");
        addAttachListener(e -> setText(getTranslation("language.other")));
        addClickListener(e -> getElement().executeJs("""
                document.cookie = 'lang=' + $0 + '; path=/; max-age=31536000; SameSite=Lax';
                window.location.reload();""", getTranslation("language.other.code")));
    }
}
