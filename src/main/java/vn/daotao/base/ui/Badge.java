package vn.daotao.base.ui;

import com.vaadin.flow.component.html.Span;

/** A small coloured label for a status ("Đã hoàn thành", "Quá hạn"...). */
public class Badge extends Span {

    public Badge(String text, String tone) {
        super(text);
        addClassNames("badge", "badge-" + tone);
    }
}
