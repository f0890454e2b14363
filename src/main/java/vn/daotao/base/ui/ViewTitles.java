package vn.daotao.base.ui;

import com.vaadin.flow.component.Component;

/** Browser tab titles read "Page · App name". */
public final class ViewTitles {

    private ViewTitles() {
    }

    public static String of(Component view, String pageKey) {
        return view.getTranslation(pageKey) + " · " + view.getTranslation("app.name");
    }
}
