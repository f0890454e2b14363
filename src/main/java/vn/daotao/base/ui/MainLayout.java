package vn.daotao.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** The frame of every signed-in page: navigation for the person's roles, who is signed in, sign-out. */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final Span pageTitle = new Span();

    public MainLayout(UserBadgeProvider badges, AuthenticationContext authentication) {
        UserBadge me = badges.currentBadge();
        setPrimarySection(Section.DRAWER);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setId("drawer-toggle");
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        pageTitle.addClassName("page-title");
        pageTitle.setId("page-title");

        Avatar avatar = new Avatar(me.fullName());
        avatar.setAbbreviation(initials(me.fullName()));
        avatar.addClassName("user-avatar");
        Span name = new Span(me.fullName());
        name.setId("user-name");
        name.addClassName("user-name");
        Span unit = new Span(me.unitName());
        unit.setId("user-unit");
        unit.addClassName("user-unit");
        Div who = new Div(name, unit);
        who.addClassName("user-who");
        Button logout =
                new Button(getTranslation("nav.logout"), VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div user = new Div(avatar, who, logout);
        user.addClassName("user-box");
        Div header = new Div(toggle, pageTitle, user);
        header.addClassName("app-header");
        addToNavbar(header);

        Image logo = new Image("images/logo.svg", "");
        logo.addClassName("brand-logo");
        Span brandName = new Span(getTranslation("app.name"));
        brandName.addClassName("brand-name");
        Div brand = new Div(logo, brandName);
        brand.addClassName("brand");
        Div footer = new Div(new LanguageSwitch());
        footer.addClassName("drawer-footer");
        Div drawer = new Div(brand, navigation(), footer);
        drawer.addClassName("drawer");
        addToDrawer(drawer);
    }

    /**
     * Built from the views' {@code @Menu} annotations; Vaadin leaves out every view the person's roles
     * may not open, so the menu and the access rules cannot disagree. Titles are i18n keys. Grouped by the
     * order's range: learning (below 10), the unit (10 to 79), administration (80 to 99), the account (100 on);
     * a group with nothing the person may open is not shown.
     */
    private Div navigation() {
        Div nav = new Div();
        nav.setId("side-nav");
        nav.addClassName("side-nav-groups");
        java.util.Map<String, SideNav> groups = new java.util.LinkedHashMap<>();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            String[] icon = entry.icon() == null
                    ? new String[] {"vaadin", "circle-thin"}
                    : entry.icon().split(":", 2);
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path(), new Icon(icon[0], icon[1]));
            item.setId(navId(entry.path()));
            groups.computeIfAbsent(group(entry.order()), key -> {
                        SideNav group = new SideNav(getTranslation("nav.group." + key));
                        group.setId("nav-group-" + key);
                        return group;
                    })
                    .addItem(item);
        }
        groups.values().forEach(nav::add);
        return nav;
    }

    private static String group(Double order) {
        double o = order == null ? 0 : order;
        return o < 10 ? "learning" : o < 80 ? "unit" : o < 100 ? "admin" : "account";
    }

    /** "" becomes nav-home, "admin/audit" nav-admin-audit. */
    static String navId(String path) {
        String p = path.replaceAll("^/+|/+$", "");
        return "nav-" + (p.isEmpty() ? "home" : p.replace('/', '-'));
    }

    /** Vietnamese names end with the given name: "Nguyễn Thị Thanh Hương" becomes "NH". */
    static String initials(String fullName) {
        String[] words = fullName.trim().split("\\s+");
        String first = words[0].substring(0, 1);
        return words.length == 1 ? first.toUpperCase() : (first + words[words.length - 1].charAt(0)).toUpperCase();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String title =
                getContent() instanceof com.vaadin.flow.router.HasDynamicTitle dynamic ? dynamic.getPageTitle() : "";
        pageTitle.setText(title.contains(" · ") ? title.substring(0, title.indexOf(" · ")) : title);
        // A new page starts at its top, not where the previous one was scrolled to.
        if (getContent() != null) {
            getContent().getElement().executeJs("this.scrollIntoView({block: 'start'})");
        }
    }
}
