package vn.daotao.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import vn.daotao.organisation.OrganisationService;
import vn.daotao.organisation.PersonProfile;
import vn.daotao.security.Role;

/** The frame of every signed-in page: navigation for the person's roles, who is signed in, sign-out. */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final Span pageTitle = new Span();

    public MainLayout(OrganisationService organisation, AuthenticationContext authentication) {
        PersonProfile me = organisation.myProfile();
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
        Button logout = new Button(getTranslation("nav.logout"), VaadinIcon.SIGN_OUT.create(),
                e -> authentication.logout());
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
        Div drawer = new Div(brand, navigation(me), footer);
        drawer.addClassName("drawer");
        addToDrawer(drawer);
    }

    private SideNav navigation(PersonProfile me) {
        SideNav nav = new SideNav();
        nav.setId("side-nav");
        nav.addItem(item("nav-home", "nav.home", "", VaadinIcon.HOME));
        if (me.roles().contains(Role.UNIT_HEAD) || me.roles().contains(Role.ADMIN)) {
            nav.addItem(item("nav-unit", "nav.unit", "unit", VaadinIcon.GROUP));
        }
        if (me.roles().contains(Role.ADMIN)) {
            nav.addItem(item("nav-admin", "nav.admin", "admin", VaadinIcon.COG));
            nav.addItem(item("nav-audit", "nav.audit", "admin/audit", VaadinIcon.RECORDS));
        }
        return nav;
    }

    private SideNavItem item(String id, String labelKey, String path, VaadinIcon icon) {
        SideNavItem item = new SideNavItem(getTranslation(labelKey), path, icon.create());
        item.setId(id);
        return item;
    }

    /** Vietnamese names end with the given name: "Nguyễn Thị Thanh Hương" becomes "NH". */
    static String initials(String fullName) {
        String[] words = fullName.trim().split("\\s+");
        String first = words[0].substring(0, 1);
        return words.length == 1 ? first.toUpperCase() : (first + words[words.length - 1].charAt(0)).toUpperCase();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String title = getContent() instanceof com.vaadin.flow.router.HasDynamicTitle dynamic
                ? dynamic.getPageTitle() : "";
        pageTitle.setText(title.contains(" · ") ? title.substring(0, title.indexOf(" · ")) : title);
    }
}
