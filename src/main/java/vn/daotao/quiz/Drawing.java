package vn.daotao.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import vn.daotao.course.BankQuestion;
import vn.daotao.course.QuizSettings;

/** Draws the questions of one attempt and fixes their option order. */
public final class Drawing {

    private Drawing() {}

    public record DrawnQuestion(long questionId, List<Long> optionOrder) {}

    public static List<DrawnQuestion> draw(List<BankQuestion> bank, QuizSettings settings, Random random) {
        if (bank.isEmpty()) {
            throw new IllegalStateException("Module " + settings.moduleId() + " has no active question");
        }
        List<BankQuestion> pool = new ArrayList<>(bank);
        int count = Math.min(settings.questionsPerAttempt(), pool.size());
        if (settings.shuffleQuestions() || count < pool.size()) {
            Collections.shuffle(pool, random);
        }
        List<BankQuestion> chosen = new ArrayList<>(pool.subList(0, count));
        if (!settings.shuffleQuestions()) {
            chosen.sort((a, b) -> Integer.compare(a.position(), b.position()));
        }
        List<DrawnQuestion> drawn = new ArrayList<>();
        for (BankQuestion q : chosen) {
            List<Long> options = new ArrayList<>(
                    q.options().stream().map(BankQuestion.BankOption::id).toList());
            // True/false keeps "Đúng" before "Sai": shuffling two fixed words only confuses.
            if (settings.shuffleOptions() && q.kind() != vn.daotao.course.QuestionKind.TRUE_FALSE) {
                Collections.shuffle(options, random);
            }
            drawn.add(new DrawnQuestion(q.id(), List.copyOf(options)));
        }
        return drawn;
    }
}
