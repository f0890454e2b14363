package vn.daotao.progress.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import vn.daotao.base.ui.Formats;
import vn.daotao.base.ui.ViewTitles;
import vn.daotao.progress.CycleStatus;
import vn.daotao.progress.LearnerService;
import vn.daotao.progress.MyCourseRow;

/** The courses assigned to the signed-in person: due date, status, progress, and the way in. */
@Route("my-courses")
@PermitAll
@Menu(title = "nav.myCourses", order = 1, icon = "vaadin:academy-cap")
class MyCoursesView extends Main implements HasDynamicTitle {

    MyCoursesView(LearnerService learner) {
        addClassName("page");
        H2 title = new H2(getTranslation("myCourses.title"));
        title.setId("my-courses-title");
        add(title);
        List<MyCourseRow> courses = learner.myCourses();
        if (courses.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("myCourses.none"));
            none.setId("my-courses-empty");
            add(none);
            return;
        }
        // Current obligations first; completed cycles and cycles left by moving to another unit after them.
        List<MyCourseRow> current =
                courses.stream().filter(c -> !c.status().ended()).toList();
        List<MyCourseRow> history =
                courses.stream().filter(c -> c.status().ended()).toList();
        if (!current.isEmpty()) {
            add(section("my-courses", "myCourses.current", current));
        }
        if (!history.isEmpty()) {
            add(section("my-courses-history", "myCourses.history", history));
        }
    }

    private Component section(String id, String headingKey, List<MyCourseRow> courses) {
        H3 heading = new H3(getTranslation(headingKey));
        heading.addClassName("section-title");
        Div list = new Div();
        list.addClassName("card-grid");
        courses.forEach(c -> list.add(card(c)));
        Div section = new Div(heading, list);
        section.setId(id);
        return section;
    }

    private Component card(MyCourseRow c) {
        Div card = new Div();
        card.addClassNames("card", "course-card");
        card.setId("course-" + c.assignmentId());
        H3 name = new H3(c.title());
        Span edition = new Span(getTranslation("course.edition", c.editionNo()) + " · "
                + getTranslation("course.period", Formats.date(c.periodStart()), Formats.date(c.dueDate())));
        edition.addClassName("muted");
        Div head = new Div(name, CourseStatusBadge.of(this, c.status()));
        head.addClassName("card-head");

        ProgressBar bar = new ProgressBar(0, 1, c.progress());
        bar.setId("course-progress-" + c.assignmentId());
        Span progress = new Span(getTranslation("course.progress", c.completedModules(), c.moduleCount()));
        progress.addClassName("muted");
        progress.setId("course-progress-text-" + c.assignmentId());
        bar.getElement().setAttribute("aria-labelledby", "course-progress-text-" + c.assignmentId());
        Span due = new Span(
                c.status().completed()
                        ? getTranslation("course.completedOn", Formats.date(c.completedAt()))
                        : getTranslation("course.due", Formats.date(c.dueDate())));
        due.addClassName(c.status() == CycleStatus.OVERDUE ? "text-error" : "muted");

        String action = switch (c.status()) {
            case COMPLETED, COMPLETED_IN_PERSON, EXEMPT, MOVED -> "myCourses.review";
            case NOT_STARTED -> "myCourses.start";
            default -> "myCourses.continue";
        };
        Anchor open = new Anchor("courses/" + c.assignmentId(), getTranslation(action));
        open.setId("course-open-" + c.assignmentId());
        open.addClassNames("button-link");
        card.add(head, edition, bar, progress, due, open);
        return card;
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.of(this, "nav.myCourses");
    }
}
