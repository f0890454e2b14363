package vn.daotao.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The common look of the error pages: a card with a title, an explanation and a way back. */
abstract class ErrorPage extends Main implements com.vaadin.flow.router.HasDynamicTitle {

    private String title = "";

    ErrorPage() {
        addClassName("error-page");
    }

    void show(String id, VaadinIcon icon, String titleKey, String messageKey) {
        removeAll();
        var symbol = icon.create();
        symbol.addClassName("error-icon");
        this.title = getTranslation(titleKey);
        H1 title = new H1(this.title);
        Paragraph message = new Paragraph(getTranslation(messageKey));
        Anchor home = new Anchor("", getTranslation("error.home"));
        home.setId("error-home");
        home.addClassName("error-home");
        Div card = new Div(symbol, title, message, home);
        card.addClassName("error-card");
        card.setId(id);
        add(card);
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
