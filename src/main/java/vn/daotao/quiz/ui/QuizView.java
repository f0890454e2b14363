package vn.daotao.quiz.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import vn.daotao.base.UserFacingException;
import vn.daotao.base.ui.Badge;
import vn.daotao.base.ui.Formats;
import vn.daotao.base.ui.LeafText;
import vn.daotao.base.ui.RouteParams;
import vn.daotao.base.ui.ViewTitles;
import vn.daotao.quiz.AttemptResult;
import vn.daotao.quiz.OpenedAttempt;
import vn.daotao.quiz.QuizService;
import vn.daotao.quiz.RunningAttempt;

/**
 * /quiz/{attemptId}: the running attempt, every answer saved as it is given; after submission the
 * result, reviewed as the module's policy allows.
 */
@Route("quiz/:attemptId")
@PermitAll
class QuizView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final QuizService quiz;
    private long attemptId;
    private String title = "";
    private final Set<Long> answered = new HashSet<>();
    private final Span answeredCount = new Span();
    private final Span timer = new Span();
    private final Clock clock;
    private int questionCount;

    QuizView(QuizService quiz, Clock clock) {
        this.quiz = quiz;
        this.clock = clock;
        addClassNames("page", "quiz-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        attemptId = RouteParams.id(event, "attemptId");
        render();
    }

    private void render() {
        removeAll();
        OpenedAttempt opened = quiz.open(attemptId);
        title = opened.moduleTitle();
        switch (opened) {
            case AttemptResult result -> showResult(result);
            case RunningAttempt running -> showQuestions(running);
        }
    }

    private void showQuestions(RunningAttempt attempt) {
        Span module = new Span(attempt.moduleTitle());
        module.addClassName("muted");
        H2 heading = new H2(getTranslation("quiz.title", attempt.attemptNo()));
        heading.setId("quiz-title");
        Div head = new Div(module, heading);
        Div bar = new Div(head);
        bar.addClassName("quiz-bar");
        if (attempt.deadline() != null) {
            timer.setId("quiz-timer");
            timer.addClassName("quiz-timer");
            bar.add(new Div(VaadinIcon.CLOCK.create(), timer));
            startTimer(attempt.deadline());
        }
        add(bar, new Paragraph(getTranslation("quiz.instructions", attempt.passMarkPercent())));

        answered.clear();
        questionCount = attempt.questions().size();
        for (RunningAttempt.Question q : attempt.questions()) {
            if (!q.selected().isEmpty()) {
                answered.add(q.questionId());
            }
            add(question(q));
        }
        answeredCount.setId("answered-count");
        updateAnswered();

        Button submit = new Button(getTranslation("quiz.submit"), VaadinIcon.CHECK.create());
        submit.setId("submit-quiz");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> confirmSubmit());
        Div footer = new Div(answeredCount, submit);
        footer.addClassName("quiz-footer");
        add(footer);
    }

    /** Element ids follow the displayed order, never database ids, which would betray the authoring order. */
    private Component question(RunningAttempt.Question q) {
        Span number = LeafText.of(new Span(), getTranslation("quiz.questionNumber", q.position(), questionCount));
        number.addClassName("question-number");
        number.setId("question-number-" + q.position());
        Span hint = LeafText.of(
                new Span(), getTranslation(q.kind().singleAnswer() ? "quiz.hint.single" : "quiz.hint.multiple"));
        hint.addClassName("muted");
        hint.setId("question-hint-" + q.position());
        Paragraph text = LeafText.of(new Paragraph(), q.text());
        text.addClassName("question-text");
        text.setId("question-text-" + q.position());
        // The options are a group named by its question (number and text) for screen readers.
        String labelledBy = number.getId().orElseThrow() + " " + text.getId().orElseThrow();
        Div card = new Div(number, text, hint);
        card.addClassNames("card", "question");
        card.setId("question-" + q.position());
        ComponentRenderer<Span, RunningAttempt.Option> renderer = new ComponentRenderer<>(o -> {
            Span label = LeafText.of(new Span(), o.text());
            label.setId("option-" + q.position() + "-" + (q.options().indexOf(o) + 1));
            return label;
        });
        if (q.kind().singleAnswer()) {
            RadioButtonGroup<RunningAttempt.Option> group = new RadioButtonGroup<>();
            group.setItems(q.options());
            group.setRenderer(renderer);
            q.options().stream()
                    .filter(o -> q.selected().contains(o.id()))
                    .findFirst()
                    .ifPresent(group::setValue);
            group.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    save(q.questionId(), Set.of(e.getValue().id()), () -> group.setValue(e.getOldValue()));
                }
            });
            group.addClassName("options");
            group.addThemeName("vertical");
            group.setAriaLabelledBy(labelledBy);
            card.add(group);
        } else {
            CheckboxGroup<RunningAttempt.Option> group = new CheckboxGroup<>();
            group.setItems(q.options());
            group.setRenderer(renderer);
            group.setValue(q.options().stream()
                    .filter(o -> q.selected().contains(o.id()))
                    .collect(Collectors.toSet()));
            group.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    save(
                            q.questionId(),
                            e.getValue().stream().map(RunningAttempt.Option::id).collect(Collectors.toSet()),
                            () -> group.setValue(e.getOldValue()));
                }
            });
            group.addClassName("options");
            group.addThemeName("vertical");
            group.setAriaLabelledBy(labelledBy);
            card.add(group);
        }
        return card;
    }

    /**
     * Saves a changed answer. When the save fails (the database is away for a moment), the options go back to the
     * last saved choice, so that what the screen shows is what would be scored, and the error handler says why.
     */
    private void save(long questionId, Set<Long> optionIds, Runnable revert) {
        try {
            quiz.saveAnswer(attemptId, questionId, optionIds);
        } catch (UserFacingException e) {
            // Time is up or the attempt was submitted elsewhere: show where things stand.
            render();
            throw e;
        } catch (RuntimeException e) {
            revert.run();
            throw e;
        }
        if (optionIds.isEmpty()) {
            answered.remove(questionId);
        } else {
            answered.add(questionId);
        }
        updateAnswered();
    }

    private void updateAnswered() {
        answeredCount.setText(getTranslation("quiz.answered", answered.size(), questionCount));
    }

    private void confirmSubmit() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("confirm-submit");
        dialog.setHeader(getTranslation("quiz.confirm.title"));
        int missing = questionCount - answered.size();
        dialog.setText(
                missing > 0 ? getTranslation("quiz.confirm.missing", missing) : getTranslation("quiz.confirm.all"));
        Button confirm = new Button(getTranslation("quiz.confirm.submit"));
        confirm.setId("confirm-submit-button");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setDisableOnClick(true);
        confirm.addClickListener(e -> {
            AttemptResult result = quiz.submit(attemptId);
            dialog.close();
            removeAll();
            showResult(result);
        });
        dialog.setConfirmButton(confirm);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("quiz.confirm.cancel"));
        dialog.open();
    }

    /**
     * The server enforces the deadline; the countdown only shows it. It counts from the time left as the
     * server sees it (the browser's clock may be wrong) and asks the server again at zero.
     */
    private void startTimer(Instant deadline) {
        long leftMillis =
                Math.max(0, Duration.between(clock.instant(), deadline).toMillis());
        getElement().executeJs("""
                const el = $0, end = Date.now() + $1, view = this;
                clearInterval(view._quizTimer);
                const tick = () => {
                  const left = Math.max(0, Math.ceil((end - Date.now()) / 1000));
                  el.textContent = String(Math.floor(left / 60)).padStart(2, '0') + ':' + String(left % 60).padStart(2, '0');
                  if (left === 0) { clearInterval(view._quizTimer); view.$server.timeUp(); }
                };
                tick();
                view._quizTimer = setInterval(tick, 1000);""", timer.getElement(), leftMillis);
    }

    @ClientCallable
    void timeUp() {
        if (!(quiz.open(attemptId) instanceof RunningAttempt attempt)) {
            render();
        } else if (attempt.deadline() != null) {
            // Not over on the server yet (clock skew, rounding): count down the rest.
            startTimer(attempt.deadline().plusMillis(250));
        }
    }

    private void showResult(AttemptResult r) {
        // The verdict comes first: back to the top of the page after answering at the bottom.
        getElement().executeJs("this.scrollIntoView({block: 'start'})");
        Span module = new Span(r.moduleTitle());
        module.addClassName("muted");
        H2 heading = new H2(getTranslation("quiz.result.title", r.attemptNo()));
        heading.setId("result-title");
        add(module, heading);
        // Focus moves to the result: a screen reader reads it, the keyboard goes on from there.
        heading.getElement().setAttribute("tabindex", "-1");
        heading.getElement().executeJs("this.focus()");

        Div summary = new Div();
        summary.addClassNames("card", "result-card", r.passed() ? "result-passed" : "result-failed");
        summary.setId("result");
        Badge status = new Badge(
                getTranslation(r.passed() ? "quiz.result.passed" : "quiz.result.failed"),
                r.passed() ? "success" : "error");
        status.setId("result-status");
        summary.add(status);
        if (r.score() != null) {
            Span score = new Span(Formats.percent(r.score()));
            score.setId("result-score");
            score.addClassName("result-score");
            summary.add(
                    score,
                    new Span(getTranslation(
                            "quiz.result.correct", r.correctCount(), r.questionCount(), r.passMarkPercent())));
        }
        summary.add(new Span(getTranslation("quiz.result.submittedAt", Formats.dateTime(r.submittedAt()))));
        add(summary);

        Div next = new Div();
        next.addClassName("result-next");
        if (r.passed()) {
            Anchor back = new Anchor("courses/" + r.assignmentId(), getTranslation("quiz.result.continue"));
            back.setId("result-continue");
            back.addClassName("button-link");
            next.add(back);
        } else {
            if (r.attemptsLeft() != null) {
                next.add(new Paragraph(getTranslation("quiz.result.attemptsLeft", r.attemptsLeft())));
            }
            Anchor retry = new Anchor(
                    "courses/" + r.assignmentId() + "/modules/" + r.moduleId(), getTranslation("quiz.result.retry"));
            retry.setId("result-retry");
            retry.addClassName("button-link");
            next.add(retry);
        }
        add(next);

        if (r.policy() == vn.daotao.course.ReviewPolicy.AFTER_PASS && !r.passed()) {
            Paragraph later = new Paragraph(getTranslation("quiz.result.noReview"));
            later.setId("review-later");
            add(later);
        }
        if (!r.review().isEmpty()) {
            long wrong = r.review().stream().filter(q -> !q.correct()).count();
            Div review = new Div();
            review.setId("review");
            if (!r.answersShown()) {
                review.add(new Paragraph(getTranslation("quiz.review.wrongCount", wrong, r.questionCount())));
            }
            for (AttemptResult.Review item : r.review()) {
                review.add(reviewItem(item, r.questionCount()));
            }
            add(review);
        }
    }

    private Component reviewItem(AttemptResult.Review item, int count) {
        Div card = new Div(
                new Span(getTranslation("quiz.questionNumber", item.position(), count)),
                new Badge(
                        getTranslation(item.correct() ? "quiz.review.right" : "quiz.review.wrong"),
                        item.correct() ? "success" : "error"),
                new Paragraph(item.text()));
        card.addClassNames("card", "review-item", item.correct() ? "review-right" : "review-wrong");
        card.setId("review-" + item.position());
        for (AttemptResult.ReviewOption o : item.options()) {
            Span option = new Span((o.selected() ? "☑ " : "☐ ") + o.text());
            option.addClassNames(
                    "review-option",
                    o.correct() ? "review-correct" : "review-other",
                    o.selected() ? "review-selected" : "review-unselected");
            card.add(option);
        }
        if (!item.explanation().isBlank()) {
            Paragraph explanation = new Paragraph(item.explanation());
            explanation.addClassName("explanation");
            card.add(explanation);
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return ViewTitles.named(this, title, "nav.myCourses");
    }
}
