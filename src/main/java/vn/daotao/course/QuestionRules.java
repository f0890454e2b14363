package vn.daotao.course;

import java.util.ArrayList;
import java.util.List;

/**
 * What makes a question valid, for the form and the import alike. Each problem is an i18n key whose
 * Vietnamese text tells the admin what to fix.
 */
public final class QuestionRules {

    public static final int MAX_TEXT = 2000;
    public static final int MAX_EXPLANATION = 4000;
    public static final int MAX_OPTION = 500;
    public static final int MIN_OPTIONS = 2;
    public static final int MAX_OPTIONS = 8;

    private QuestionRules() {}

    /** The problems of a question, in the order an admin would fix them; empty when it is valid. */
    public static List<String> problems(QuestionData question) {
        List<String> problems = new ArrayList<>();
        if (question.kind() == null) {
            problems.add("question.error.kind");
        }
        if (question.text().isEmpty()) {
            problems.add("question.error.text.blank");
        } else if (question.text().length() > MAX_TEXT) {
            problems.add("question.error.text.long");
        }
        if (question.explanation().length() > MAX_EXPLANATION) {
            problems.add("question.error.explanation.long");
        }
        List<QuestionData.OptionData> options = question.options();
        if (options.size() < MIN_OPTIONS) {
            problems.add("question.error.options.few");
        } else if (options.size() > MAX_OPTIONS) {
            problems.add("question.error.options.many");
        }
        if (options.stream().anyMatch(o -> o.text().isEmpty())) {
            problems.add("question.error.option.blank");
        }
        if (options.stream().anyMatch(o -> o.text().length() > MAX_OPTION)) {
            problems.add("question.error.option.long");
        }
        if (options.stream().map(o -> o.text().toLowerCase()).distinct().count() < options.size()) {
            problems.add("question.error.option.duplicate");
        }
        long correct = options.stream().filter(QuestionData.OptionData::correct).count();
        if (correct == 0) {
            problems.add("question.error.correct.none");
        } else if (question.kind() != null && question.kind().singleAnswer() && correct > 1) {
            problems.add("question.error.correct.many");
        }
        if (question.kind() == QuestionKind.TRUE_FALSE && options.size() != 2) {
            problems.add("question.error.truefalse");
        }
        return problems;
    }
}
