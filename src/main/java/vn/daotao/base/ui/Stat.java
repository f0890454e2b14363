package vn.daotao.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A big number with its label underneath, as on the home and dashboard pages. */
public class Stat extends Div {

    public Stat(String id, String label, long value) {
        this(id, label, String.valueOf(value));
    }

    public Stat(String id, String label, String value) {
        Span number = new Span(value);
        number.addClassName("stat-value");
        Span text = new Span(label);
        text.addClassName("stat-label");
        add(number, text);
        addClassName("stat");
        setId(id);
    }
}
