package vn.daotao.base.ui;

import com.vaadin.flow.component.html.Div;

/**
 * A big number with its label underneath, as on the home and dashboard pages. One element whose two spans are
 * its escaped inner HTML: a dashboard of ten figures keeps ten nodes in the session, not fifty.
 */
public class Stat extends Div {

    public Stat(String id, String label, long value) {
        this(id, label, String.valueOf(value));
    }

    public Stat(String id, String label, String value) {
        getElement()
                .setProperty(
                        "innerHTML",
                        "<span class=\"stat-value\">" + LeafText.escape(value)
                                + "</span><span class=\"stat-label\">" + LeafText.escape(label)
                                + "</span>");
        addClassName("stat");
        setId(id);
    }
}
