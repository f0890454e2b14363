package vn.daotao.home.ui;

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
import java.util.stream.Collectors;
import vn.daotao.base.ui.Formats;
import vn.daotao.base.ui.Stat;
import vn.daotao.base.ui.ViewTitles;
import vn.daotao.organisation.OrganisationFigures;
import vn.daotao.organisation.OrganisationService;
import vn.daotao.organisation.PersonProfile;
import vn.daotao.organisation.UnitOverviewRow;
import vn.daotao.progress.CycleStatus;
import vn.daotao.progress.LearnerService;
import vn.daotao.progress.MyCourseRow;
import vn.daotao.report.Notice;
import vn.daotao.report.ReminderService;
import vn.daotao.security.Role;

/** The role home: who you are, and the short way into what your role is for. */
@Route("")
@PermitAll
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
class HomeView extends Main implements HasDynamicTitle {

    HomeView(
            OrganisationService organisation,
            LearnerService learner,
            ReminderService reminders,
            vn.daotao.certificate.CertificateService certificates,
            vn.daotao.notification.NotificationService notifications,
            java.time.Clock clock) {
        addClassName("page");
        PersonProfile me = organisation.myProfile();
        H2 greeting = new H2(getTranslation("home.greeting", me.fullName()));
        greeting.setId("home-greeting");
        add(greeting);

        List<Notice> notices = reminders.takeMyNotices();
        if (!notices.isEmpty()) {
            add(noticeBanner(notices));
        }
        int unseen = notifications.myUnseenCount();
        if (unseen > 0) {
            Anchor open = new Anchor("notices", getTranslation("notices.open"));
            open.setId("home-notices-link");
            Div banner = new Div(new Span(getTranslation("notices.unseen", unseen)), open);
            banner.addClassNames("banner", "banner-info", "home-unseen");
            banner.setId("home-unseen-notices");
            add(banner);
        }
        java.time.Instant recent = clock.instant().minus(java.time.Duration.ofDays(30));
        List<vn.daotao.certificate.MyCertificateRow> fresh = certificates.myCertificates().stream()
                .filter(c -> c.issuedAt().isAfter(recent) && c.status().valid())
                .toList();
        if (!fresh.isEmpty()) {
            add(newCertificates(fresh));
        }
        Div cards = new Div();
        cards.addClassName("card-grid");
        cards.add(coursesCard(learner.myCourses()));
        cards.add(profileCard(me));
        if (me.roles().contains(Role.UNIT_HEAD) && !me.roles().contains(Role.ADMIN)) {
            cards.add(unitCard(organisation.myUnitsOverview()));
        }
        if (me.roles().contains(Role.ADMIN)) {
            cards.add(adminCard(organisation.figures()));
        }
        add(cards);
    }

    private Component profileCard(PersonProfile me) {
        Div card = card("home-profile", "home.profile.title");
        card.add(
                field("home.profile.name", me.fullName()),
                field("home.profile.username", me.username()),
                field("home.profile.code", me.employeeCode()),
                field("home.profile.email", me.email()),
                field("home.profile.unit", String.join(" › ", me.unitPath())),
                field(
                        "home.profile.roles",
                        me.roles().stream()
                                .sorted()
                                .map(r -> getTranslation("role." + r.name()))
                                .collect(Collectors.joining(", "))));
        return card;
    }

    /** Reminders sent by the person's unit head since they last signed in. */
    private Component noticeBanner(List<Notice> notices) {
        Div banner = new Div(new H3(getTranslation("notice.title")));
        banner.addClassNames("banner", "banner-warning");
        banner.setId("home-notices");
        for (Notice n : notices) {
            Anchor link = new Anchor(
                    "courses/" + n.assignmentId(),
                    getTranslation("notice.overdue", n.courseTitle(), Formats.date(n.dueDate())));
            banner.add(link);
        }
        return banner;
    }

    /** Certificates issued in the last 30 days, each with its PDF: the reward is one click from home. */
    private Component newCertificates(List<vn.daotao.certificate.MyCertificateRow> fresh) {
        Div banner = new Div(new H3(getTranslation("home.certificates.title")));
        banner.addClassNames("banner", "banner-success");
        banner.setId("home-certificates");
        for (var c : fresh) {
            Anchor pdf = new Anchor(
                    "files/certificates/" + c.id(),
                    getTranslation(
                            "home.certificates.line", c.courseTitle(), c.serial(), Formats.date(c.completedOn())));
            pdf.setTarget("_blank");
            banner.add(pdf);
        }
        banner.add(link("home-certificates-link", "certificates", "completion.allCertificates"));
        return banner;
    }

    /** What the person still has to do, soonest due first. */
    private Component coursesCard(List<MyCourseRow> courses) {
        Div card = card("home-courses", "home.courses.title");
        List<MyCourseRow> open =
                courses.stream().filter(c -> !c.status().ended()).toList();
        if (courses.isEmpty()) {
            card.add(new Paragraph(getTranslation("myCourses.none")));
        } else if (open.isEmpty()) {
            card.add(new Paragraph(getTranslation("home.courses.allDone", courses.size())));
        } else {
            for (MyCourseRow c : open.stream().limit(3).toList()) {
                Anchor link = new Anchor("courses/" + c.assignmentId(), c.title());
                link.addClassName("home-course-title");
                Span due = new Span(getTranslation(
                        "home.courses.line", c.completedModules(), c.moduleCount(), Formats.date(c.dueDate())));
                due.addClassName(c.status() == CycleStatus.OVERDUE ? "text-error" : "muted");
                Div row = new Div(link, due);
                row.addClassName("home-course");
                card.add(row);
            }
        }
        card.add(link("home-courses-link", "my-courses", "home.courses.open"));
        return card;
    }

    private Component unitCard(List<UnitOverviewRow> units) {
        Div card = card("home-unit", "home.unit.title");
        UnitOverviewRow top = units.getFirst();
        card.add(new Paragraph(getTranslation("home.unit.summary", top.name(), units.size() - 1, top.totalPeople())));
        card.add(link("home-unit-link", "unit", "home.unit.open"));
        return card;
    }

    private Component adminCard(OrganisationFigures figures) {
        Div card = card("home-admin", "home.admin.title");
        Div stats = new Div(
                stat("units", figures.units()),
                stat("people", figures.people()),
                stat("unitHeads", figures.unitHeads()),
                stat("admins", figures.admins()),
                stat("locked", figures.lockedUserNames()));
        stats.addClassName("stats");
        card.add(
                stats,
                link("home-admin-link", "admin", "home.admin.open"),
                link("home-audit-link", "admin/audit", "home.audit.open"));
        return card;
    }

    private Div card(String id, String titleKey) {
        Div card = new Div(new H3(getTranslation(titleKey)));
        card.setId(id);
        card.addClassName("card");
        return card;
    }

    private Component field(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("field-label");
        Span text = new Span(value == null || value.isBlank() ? "—" : value);
        text.addClassName("field-value");
        Div row = new Div(label, text);
        row.addClassName("field-row");
        return row;
    }

    private Anchor link(String id, String href, String labelKey) {
        Anchor a = new Anchor(href, getTranslation(labelKey));
        a.setId(id);
        a.addClassName("card-link");
        return a;
    }

    private Stat stat(String key, int value) {
        return new Stat("stat-" + key, getTranslation("stat." + key), value);
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "nav.home");
    }
}
