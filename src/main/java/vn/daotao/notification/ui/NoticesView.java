package vn.daotao.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import vn.daotao.base.ui.Badge;
import vn.daotao.base.ui.Formats;
import vn.daotao.base.ui.ViewTitles;
import vn.daotao.notification.NoticeRow;
import vn.daotao.notification.NotificationKind;
import vn.daotao.notification.NotificationService;
import vn.daotao.notification.NotificationTexts;

/**
 * /notices: the signed-in person's notices, newest first (the last 100), the new ones marked "Mới" this time and
 * counted as read once shown.
 */
@Route("notices")
@PermitAll
@Menu(title = "nav.notices", order = 3, icon = "vaadin:bell")
class NoticesView extends Main implements HasDynamicTitle {

    NoticesView(NotificationService notices) {
        addClassName("page");
        H2 title = new H2(getTranslation("notices.title"));
        title.setId("notices-title");
        add(title);
        List<NoticeRow> mine = notices.myNotices();
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("notices.none"));
            none.setId("notices-empty");
            add(none);
            return;
        }
        Div list = new Div();
        list.setId("notice-list");
        list.addClassName("notice-list");
        mine.forEach(n -> list.add(card(n)));
        add(list);
        notices.markMineSeen(mine);
    }

    private Component card(NoticeRow n) {
        Div card = new Div();
        card.addClassNames("card", "notice-card");
        card.setId("notice-" + n.id());
        if (!n.seen()) {
            card.addClassName("notice-new");
        }
        Div head = new Div(new H3(NotificationTexts.title(i18n(), getLocale(), n.kind(), n.params())));
        head.addClassName("card-head");
        if (!n.seen()) {
            head.add(new Badge(getTranslation("notices.new"), "success"));
        }
        Span when = new Span(Formats.dateTime(n.createdAt()));
        when.addClassName("notice-time");
        card.add(head, when, new Paragraph(NotificationTexts.body(i18n(), getLocale(), n.kind(), n.params())));
        if (n.kind() == NotificationKind.DIGEST) {
            card.add(people(NotificationTexts.people(n.params())));
        }
        Anchor open = new Anchor(
                NotificationTexts.path(n.kind(), n.params()).substring(1),
                getTranslation("notification.open." + n.kind().name()));
        open.addClassName("button-link");
        if (n.kind() == NotificationKind.CERTIFICATE_ISSUED) {
            open.setRouterIgnore(true);
        }
        card.add(open);
        return card;
    }

    private Component people(List<Map<String, Object>> people) {
        Div list = new Div();
        list.addClassName("notice-people");
        for (Map<String, Object> p : people) {
            list.add(new Div(new Span(p.get("name") + " · " + p.get("unit") + " · " + p.get("course") + " · "
                    + NotificationTexts.date(p.get("due")))));
        }
        return list;
    }

    private com.vaadin.flow.i18n.I18NProvider i18n() {
        return com.vaadin.flow.server.VaadinService.getCurrent()
                .getInstantiator()
                .getI18NProvider();
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "nav.notices");
    }
}
