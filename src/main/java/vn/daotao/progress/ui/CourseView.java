package vn.daotao.progress.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.daotao.base.ui.Formats;
import vn.daotao.base.ui.RouteParams;
import vn.daotao.base.ui.ViewTitles;
import vn.daotao.progress.CourseOverview;
import vn.daotao.progress.CycleStatus;
import vn.daotao.progress.LearnerService;
import vn.daotao.progress.ModuleState;

/** /courses/{assignmentId}: the modules of one assigned course, in order, each opening after the previous. */
@Route("courses/:assignmentId")
@PermitAll
class CourseView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LearnerService learner;
    private String title = "";

    CourseView(LearnerService learner) {
        this.learner = learner;
        addClassName("page");
    }

    /** The edition's commitment text, to confirm after the last module before the course completes. */
    private Component commitment(long assignmentId, String text) {
        Paragraph words = new Paragraph(text);
        words.setId("commitment-text");
        words.addClassName("commitment-text");
        com.vaadin.flow.component.button.Button confirm = new com.vaadin.flow.component.button.Button(
                getTranslation("course.commitment.confirm"), VaadinIcon.CHECK.create(), e -> {
                    learner.confirmCommitment(assignmentId);
                    getUI().ifPresent(ui -> ui.getPage().reload());
                });
        confirm.setId("commitment-confirm");
        confirm.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_PRIMARY);
        Div card = new Div(
                new H3(getTranslation("course.commitment.title")),
                new Paragraph(getTranslation("course.commitment.help")),
                words,
                confirm);
        card.addClassNames("card", "commitment-card");
        card.setId("course-commitment");
        return card;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long assignmentId = RouteParams.id(event, "assignmentId");
        CourseOverview course = learner.course(assignmentId);
        title = course.course().title();
        removeAll();

        H2 heading = new H2(course.course().title());
        heading.setId("course-title");
        Paragraph description = new Paragraph(course.description());
        description.addClassName("muted");
        Span edition = new Span(getTranslation("course.edition", course.course().editionNo()));
        Span due = new Span(getTranslation("course.due", Formats.date(course.dueDate())));
        Div meta = new Div(CourseStatusBadge.of(this, course.course().status()), edition, due);
        meta.addClassName("meta-line");
        ProgressBar bar = new ProgressBar(0, 1, course.course().progress());
        bar.setId("course-progress");
        Span progress = new Span(getTranslation(
                "course.progress",
                course.course().completedModules(),
                course.course().moduleCount()));
        progress.setId("course-progress-text");
        bar.getElement().setAttribute("aria-labelledby", "course-progress-text");
        add(heading, meta, description, bar, progress);

        if (course.course().status() == CycleStatus.MOVED) {
            Div moved = new Div(VaadinIcon.EXCHANGE.create(), new Span(getTranslation("learner.error.moved")));
            moved.addClassName("banner");
            moved.setId("course-moved");
            add(moved);
        }
        if (course.awaitingCommitment()) {
            add(commitment(assignmentId, course.commitmentText()));
        }
        if (course.course().status().completed()) {
            Div done = new Div(
                    VaadinIcon.DIPLOMA.create(),
                    new Span(getTranslation(
                            "course.completedBanner",
                            Formats.date(course.course().completedAt()))));
            Anchor certificates = new Anchor("certificates", getTranslation("course.certificateLink"));
            certificates.setId("course-certificate-link");
            done.add(certificates);
            done.addClassNames("banner", "banner-success");
            done.setId("course-completed");
            add(done);
        }

        Div modules = new Div(new H3(getTranslation("course.modules")));
        modules.setId("module-list");
        modules.addClassName("module-list");
        for (CourseOverview.ModuleRow m : course.modules()) {
            modules.add(module(assignmentId, m));
        }
        add(modules);
    }

    private Component module(long assignmentId, CourseOverview.ModuleRow m) {
        VaadinIcon icon = switch (m.state()) {
            case COMPLETED -> VaadinIcon.CHECK_CIRCLE;
            case LOCKED -> VaadinIcon.LOCK;
            case IN_PROGRESS -> VaadinIcon.BOOK;
            case AVAILABLE -> VaadinIcon.CIRCLE_THIN;
        };
        var stateIcon = icon.create();
        stateIcon.addClassNames("module-icon", "module-" + m.state().name().toLowerCase());
        Span number = new Span(getTranslation("course.moduleNumber", m.position()));
        number.addClassName("muted");
        Div text = new Div(number, new H3(m.title()), new Span(m.summary()));
        text.addClassName("module-text");
        Span state = new Span(
                m.state() == ModuleState.COMPLETED && m.bestScore() != null
                        ? getTranslation("module.state.COMPLETED.score", Formats.percent(m.bestScore()))
                        : getTranslation("module.state." + m.state().name()));
        state.addClassName("module-state");
        Div item = new Div(stateIcon, text, state);
        item.addClassNames("module-item", "module-item-" + m.state().name().toLowerCase());
        item.setId("module-" + m.position());
        if (m.state() != ModuleState.LOCKED) {
            Anchor open = new Anchor(
                    "courses/" + assignmentId + "/modules/" + m.id(),
                    getTranslation(m.state() == ModuleState.COMPLETED ? "course.reviewModule" : "course.openModule"));
            open.setId("module-open-" + m.position());
            open.addClassName("button-link");
            item.add(open);
        }
        return item;
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.named(this, title, "nav.myCourses");
    }
}
