package vn.daotao.base.ui;

import com.vaadin.flow.component.Component;

/** Browser tab titles read "Page · App name". */
public final class ViewTitles {

    private ViewTitles() {}

    public static String of(Component view, String pageKey) {
        return view.getTranslation(pageKey) + " · " + view.getTranslation("app.name");
    }

    /** A page named by its content (a course, a person), or by {@code fallbackKey} before it is known. */
    public static String named(Component view, String name, String fallbackKey) {
        return name == null || name.isEmpty() ? of(view, fallbackKey) : name + " · " + view.getTranslation("app.name");
    }
}
