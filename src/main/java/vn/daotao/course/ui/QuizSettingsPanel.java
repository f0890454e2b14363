package vn.daotao.course.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import java.util.Map;
import vn.daotao.base.UserFacingException;
import vn.daotao.course.InvalidQuestionException;
import vn.daotao.course.ModuleAdminService;
import vn.daotao.course.QuizSettings;
import vn.daotao.course.QuizSettingsRules;
import vn.daotao.course.ReviewPolicy;

/** A module's quiz settings; read-only once the edition is published. */
class QuizSettingsPanel extends Div {

    private final ModuleAdminService modules;
    private final long moduleId;
    private final IntegerField perAttempt = new IntegerField();
    private final Div perAttemptWarning = new Div();
    private final Checkbox shuffleQuestions = new Checkbox();
    private final Checkbox shuffleOptions = new Checkbox();
    private final IntegerField passMark = new IntegerField();
    private final Checkbox unlimitedAttempts = new Checkbox();
    private final IntegerField maxAttempts = new IntegerField();
    private final Checkbox noTimeLimit = new Checkbox();
    private final IntegerField timeLimit = new IntegerField();
    private final RadioButtonGroup<ReviewPolicy> review = new RadioButtonGroup<>();
    /** Kept so that saving other fields does not round a limit that is not whole minutes. */
    private Integer savedSeconds;

    private final boolean editable;

    QuizSettingsPanel(ModuleAdminService modules, long moduleId, boolean editable) {
        this.modules = modules;
        this.moduleId = moduleId;
        this.editable = editable;
        addClassName("editor-panel");
        setId("quiz-settings-panel");

        number(
                perAttempt,
                "quiz-questions-per-attempt",
                "quizSettings.questionsPerAttempt",
                1,
                QuizSettingsRules.MAX_QUESTIONS_PER_ATTEMPT);
        perAttempt.addValueChangeListener(e -> warnIfTooFew());
        perAttemptWarning.setId("quiz-questions-warning");
        perAttemptWarning.addClassName("warning-text");
        shuffleQuestions.setId("quiz-shuffle-questions");
        shuffleQuestions.setLabel(getTranslation("quizSettings.shuffleQuestions"));
        shuffleOptions.setId("quiz-shuffle-options");
        shuffleOptions.setLabel(getTranslation("quizSettings.shuffleOptions"));
        number(passMark, "quiz-pass-mark", "quizSettings.passMark", 0, 100);
        number(maxAttempts, "quiz-max-attempts", "quizSettings.maxAttempts", 1, QuizSettingsRules.MAX_ATTEMPTS);
        unlimitedAttempts.setId("quiz-unlimited-attempts");
        unlimitedAttempts.setLabel(getTranslation("quizSettings.unlimitedAttempts"));
        unlimitedAttempts.addValueChangeListener(e -> maxAttempts.setEnabled(!e.getValue()));
        number(
                timeLimit,
                "quiz-time-limit",
                "quizSettings.timeLimit",
                1,
                QuizSettingsRules.MAX_TIME_LIMIT_SECONDS / 60);
        noTimeLimit.setId("quiz-no-time-limit");
        noTimeLimit.setLabel(getTranslation("quizSettings.noTimeLimit"));
        noTimeLimit.addValueChangeListener(e -> timeLimit.setEnabled(!e.getValue()));
        review.setId("quiz-review-policy");
        review.setLabel(getTranslation("quizSettings.reviewPolicy"));
        review.setItems(ReviewPolicy.values());
        review.setItemLabelGenerator(p -> getTranslation("quizSettings.review." + p.name()));

        FormLayout form = new FormLayout();
        form.setId("quiz-settings-form");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 2));
        Div perAttemptBox = new Div(perAttempt, perAttemptWarning);
        Div shuffles = new Div(shuffleQuestions, shuffleOptions);
        shuffles.addClassName("checkbox-stack");
        Div attempts = new Div(maxAttempts, unlimitedAttempts);
        attempts.addClassName("field-with-toggle");
        Div time = new Div(timeLimit, noTimeLimit);
        time.addClassName("field-with-toggle");
        form.add(perAttemptBox, shuffles, new Div(passMark), attempts, time);
        form.add(review, 2);
        add(form);

        load(modules.quizSettings(moduleId));
        if (editable) {
            Button save = new Button(getTranslation("quizSettings.save"), e -> save());
            save.setId("quiz-settings-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(save);
        } else {
            List.of(perAttempt, passMark, maxAttempts, timeLimit).forEach(f -> f.setReadOnly(true));
            List.of(shuffleQuestions, shuffleOptions, unlimitedAttempts, noTimeLimit)
                    .forEach(c -> c.setReadOnly(true));
            review.setReadOnly(true);
        }
    }

    private void number(IntegerField field, String id, String labelKey, int min, int max) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setMin(min);
        field.setMax(max);
        field.setStepButtonsVisible(true);
        field.setRequired(true);
    }

    private void load(QuizSettings s) {
        perAttempt.setValue(s.questionsPerAttempt());
        shuffleQuestions.setValue(s.shuffleQuestions());
        shuffleOptions.setValue(s.shuffleOptions());
        passMark.setValue(s.passMarkPercent());
        unlimitedAttempts.setValue(s.maxAttempts() == null);
        maxAttempts.setValue(s.maxAttempts() == null ? 3 : s.maxAttempts());
        maxAttempts.setEnabled(s.maxAttempts() != null);
        savedSeconds = s.timeLimitSeconds();
        noTimeLimit.setValue(s.timeLimitSeconds() == null);
        timeLimit.setValue(s.timeLimitSeconds() == null ? 20 : Math.max(1, Math.round(s.timeLimitSeconds() / 60f)));
        timeLimit.setEnabled(s.timeLimitSeconds() != null);
        review.setValue(s.reviewPolicy());
        warnIfTooFew();
    }

    /** The bank changed (questions added, imported or deactivated). */
    void refreshWarning() {
        warnIfTooFew();
    }

    private void warnIfTooFew() {
        int active = modules.activeQuestionCount(moduleId);
        Integer wanted = perAttempt.getValue();
        boolean tooFew = editable && wanted != null && QuizSettingsRules.tooFewQuestions(wanted, active);
        perAttemptWarning.setText(tooFew ? getTranslation("quizSettings.questionsWarning", wanted, active) : "");
        perAttemptWarning.setVisible(tooFew);
    }

    private void save() {
        List.<HasValidation>of(perAttempt, passMark, maxAttempts, timeLimit).forEach(f -> f.setInvalid(false));
        review.setInvalid(false);
        Integer minutes = timeLimit.getValue();
        Integer seconds = noTimeLimit.getValue() || minutes == null
                ? null
                : savedSeconds != null && Math.max(1, Math.round(savedSeconds / 60f)) == minutes
                        ? savedSeconds
                        : minutes * 60;
        QuizSettings settings = new QuizSettings(
                moduleId,
                orZero(perAttempt.getValue()),
                shuffleQuestions.getValue(),
                shuffleOptions.getValue(),
                passMark.getValue() == null ? -1 : passMark.getValue(),
                unlimitedAttempts.getValue() ? null : maxAttempts.getValue() == null ? 0 : maxAttempts.getValue(),
                noTimeLimit.getValue() ? null : seconds == null ? 0 : seconds,
                review.getValue());
        List<String> problems = QuizSettingsRules.problems(settings);
        try {
            if (problems.isEmpty()) {
                modules.saveQuizSettings(settings);
            }
        } catch (InvalidQuestionException invalid) {
            problems = invalid.problems();
        } catch (UserFacingException refusal) {
            Notification.show(
                            getTranslation(refusal.messageKey(), refusal.args()),
                            6000,
                            Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        if (!problems.isEmpty()) {
            Map<String, HasValidation> fields = Map.of(
                    "quiz.error.questions",
                    perAttempt,
                    "quiz.error.passMark",
                    passMark,
                    "quiz.error.attempts",
                    maxAttempts,
                    "quiz.error.timeLimit",
                    timeLimit,
                    "quiz.error.reviewPolicy",
                    review);
            for (String key : problems) {
                HasValidation field = fields.get(key);
                field.setErrorMessage(getTranslation(key));
                field.setInvalid(true);
            }
            return;
        }
        savedSeconds = settings.timeLimitSeconds();
        Notification.show(getTranslation("quizSettings.saved"), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
