package vn.daotao.progress.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.daotao.base.ui.Formats;
import vn.daotao.base.ui.RouteParams;
import vn.daotao.base.ui.ViewTitles;
import vn.daotao.course.AttachmentInfo;
import vn.daotao.course.QuizSettings;
import vn.daotao.course.SectionContent;
import vn.daotao.progress.LearnerService;
import vn.daotao.progress.ModulePage;
import vn.daotao.progress.ModuleState;
import vn.daotao.quiz.AttemptStatus;
import vn.daotao.quiz.AttemptSummary;

/** /courses/{assignmentId}/modules/{moduleId}: read the sections and files, then take the quiz. */
@Route("courses/:assignmentId/modules/:moduleId")
@PermitAll
class ModuleView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LearnerService learner;
    private String title = "";

    ModuleView(LearnerService learner) {
        this.learner = learner;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long assignmentId = RouteParams.id(event, "assignmentId");
        long moduleId = RouteParams.id(event, "moduleId");
        ModulePage page;
        try {
            page = learner.openModule(assignmentId, moduleId);
        } catch (vn.daotao.base.UserFacingException e) {
            if (!"learner.error.locked".equals(e.messageKey())) {
                throw e;
            }
            showLocked(assignmentId);
            return;
        }
        title = page.module().title();
        removeAll();

        Anchor back = new Anchor("courses/" + assignmentId, "‹ " + page.courseTitle());
        back.setId("back-to-course");
        back.addClassName("back-link");
        Span number =
                new Span(getTranslation("course.moduleNumberOf", page.module().position(), page.moduleCount()));
        number.addClassName("muted");
        H2 heading = new H2(page.module().title());
        heading.setId("module-title");
        add(back, number, heading);

        Div content = new Div();
        content.addClassName("module-content");
        content.setId("module-content");
        for (SectionContent section : page.sections()) {
            Div s = new Div(
                    new H3(section.title()), new Html("<div class=\"markdown\">" + section.safeHtml() + "</div>"));
            s.addClassName("section");
            s.setId("section-" + section.position());
            content.add(s);
        }
        add(content);
        if (!page.attachments().isEmpty()) {
            add(attachments(page));
        }
        add(quizPanel(page));
    }

    private Component attachments(ModulePage page) {
        Div box = new Div(new H3(getTranslation("module.attachments")));
        box.addClassNames("card", "attachments");
        box.setId("attachments");
        for (AttachmentInfo a : page.attachments()) {
            Anchor link = new Anchor("files/attachments/" + a.id(), a.fileName());
            link.setId("attachment-" + a.id());
            link.setRouterIgnore(true);
            link.setTarget(AnchorTarget.BLANK);
            Span size = new Span(" · " + humanSize(a.sizeBytes()));
            size.addClassName("muted");
            Div row = new Div(VaadinIcon.FILE_TEXT_O.create(), link, size);
            row.addClassName("attachment-row");
            box.add(row);
        }
        return box;
    }

    private Component quizPanel(ModulePage page) {
        QuizSettings quiz = page.quiz();
        Div panel = new Div(new H3(getTranslation("module.quiz.title")));
        panel.addClassNames("card", "quiz-panel");
        panel.setId("quiz-panel");
        String limit = quiz.timeLimitSeconds() == null
                ? getTranslation("module.quiz.noTimeLimit")
                : getTranslation("module.quiz.timeLimit", Math.max(1, quiz.timeLimitSeconds() / 60));
        String attempts = quiz.maxAttempts() == null
                ? getTranslation("module.quiz.unlimitedAttempts")
                : getTranslation("module.quiz.maxAttempts", quiz.maxAttempts());
        panel.add(new Paragraph(getTranslation("module.quiz.rules", quiz.questionsPerAttempt(), quiz.passMarkPercent())
                + " " + limit + " " + attempts));

        for (AttemptSummary a : page.attempts()) {
            String text = a.status() == AttemptStatus.IN_PROGRESS
                    ? getTranslation("module.attempt.open", a.attemptNo(), Formats.dateTime(a.startedAt()))
                    : getTranslation(
                            (Boolean.TRUE.equals(a.passed()) ? "module.attempt.passed" : "module.attempt.failed")
                                    + (a.score() == null ? ".noScore" : ""),
                            a.attemptNo(),
                            Formats.dateTime(a.submittedAt()),
                            Formats.percent(a.score()));
            Anchor line = new Anchor("quiz/" + a.id(), text);
            line.setId("attempt-" + a.attemptNo());
            line.addClassName("attempt-line");
            panel.add(line);
        }

        if (page.state() == ModuleState.COMPLETED) {
            Div done = new Div(VaadinIcon.CHECK_CIRCLE.create(), new Span(getTranslation("module.quiz.passed")));
            done.addClassNames("banner", "banner-success");
            done.setId("module-passed");
            panel.add(done);
            Anchor next = new Anchor("courses/" + page.assignmentId(), getTranslation("module.backToCourse"));
            next.setId("module-next");
            next.addClassName("button-link");
            panel.add(next);
        } else if (page.attemptsExhausted()) {
            Paragraph none = new Paragraph(getTranslation("quiz.error.noAttemptsLeft", quiz.maxAttempts()));
            none.addClassName("text-error");
            panel.add(none);
        } else {
            Button take = new Button(
                    getTranslation(
                            page.openAttemptId() != null
                                    ? "module.quiz.resume"
                                    : page.attempts().isEmpty() ? "module.quiz.start" : "module.quiz.retake"),
                    VaadinIcon.EDIT.create());
            take.setId("take-quiz");
            take.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            take.setDisableOnClick(true);
            take.addClickListener(e -> {
                try {
                    long attemptId =
                            learner.startQuiz(page.assignmentId(), page.module().id());
                    take.getUI().ifPresent(ui -> ui.navigate("quiz/" + attemptId));
                } finally {
                    take.setEnabled(true);
                }
            });
            panel.add(take);
        }
        return panel;
    }

    private static String humanSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return (bytes / 1024) + " KB";
        }
        return String.format("%.1f MB", bytes / 1024.0 / 1024.0).replace('.', ',');
    }

    /**
     * A module opened by its address before the one it follows is done: says so and links the module to do
     * first (the first one not completed) and the course, instead of an error page.
     */
    private void showLocked(long assignmentId) {
        removeAll();
        var course = learner.course(assignmentId);
        title = course.course().title();
        Anchor back =
                new Anchor("courses/" + assignmentId, "‹ " + course.course().title());
        back.setId("back-to-course");
        back.addClassName("back-link");
        Paragraph message = new Paragraph(getTranslation("learner.error.locked"));
        message.setId("module-locked");
        add(back, message);
        course.modules().stream()
                .filter(m -> m.state() != ModuleState.COMPLETED)
                .findFirst()
                .ifPresent(first -> {
                    Anchor next = new Anchor(
                            "courses/" + assignmentId + "/modules/" + first.id(),
                            getTranslation("learner.locked.goTo", first.position(), first.title()));
                    next.setId("module-locked-next");
                    next.addClassName("button-link");
                    add(next);
                });
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.named(this, title, "nav.myCourses");
    }
}
