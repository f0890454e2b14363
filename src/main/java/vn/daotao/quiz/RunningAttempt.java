package vn.daotao.quiz;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import vn.daotao.course.QuestionKind;

/**
 * What the quiz page may show while an attempt runs: the drawn questions and options in their fixed
 * order, and the person's own answers. Never which option is correct.
 */
public record RunningAttempt(
        long id,
        long assignmentId,
        long moduleId,
        String moduleTitle,
        int attemptNo,
        AttemptStatus status,
        Instant startedAt,
        Instant deadline,
        int passMarkPercent,
        List<Question> questions)
        implements OpenedAttempt {

    public RunningAttempt {
        questions = List.copyOf(questions);
    }

    public record Question(
            int position, long questionId, QuestionKind kind, String text, List<Option> options, Set<Long> selected) {
        public Question {
            options = List.copyOf(options);
            selected = Set.copyOf(selected);
        }
    }

    public record Option(long id, String text) {}
}
