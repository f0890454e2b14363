package vn.daotao.base.ui;

import com.vaadin.flow.component.HasElement;
import org.springframework.web.util.HtmlUtils;

/**
 * Text set as an element's escaped inner HTML instead of a child text node: one node in the session's state tree
 * instead of two. For pages many people leave open (a quiz's options, a dashboard's figures); the browser shows
 * the same text.
 */
public final class LeafText {

    private LeafText() {}

    public static <C extends HasElement> C of(C component, String text) {
        component.getElement().setProperty("innerHTML", escape(text));
        return component;
    }

    public static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }
}
