package vn.daotao.quiz;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daotao.base.UserFacingException;
import vn.daotao.course.BankQuestion;
import vn.daotao.course.CourseContentService;
import vn.daotao.course.QuizSettings;
import vn.daotao.course.ReviewPolicy;
import vn.daotao.quiz.internal.AttemptStore;
import vn.daotao.quiz.internal.AttemptStore.AttemptQuestionRow;
import vn.daotao.quiz.internal.AttemptStore.AttemptRow;
import vn.daotao.security.CurrentUser;

/**
 * Attempts: drawing, saving answers as they come, scoring on the server, idempotent submission. Every
 * method works only on the signed-in person's own attempts; another person's id is refused.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class QuizService {

    private final AttemptStore store;
    private final CourseContentService content;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    QuizService(
            AttemptStore store,
            CourseContentService content,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.content = content;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Opens a new attempt, or returns the one still open (an expired one is submitted first and
     * returned, so its result shows). Called by the learner journey after it has checked that the
     * module is assigned to the person and unlocked.
     */
    @Transactional
    public long startOrResume(long assignmentId, long moduleId) {
        long me = currentUser.require().id();
        Optional<AttemptRow> open = store.open(me, assignmentId, moduleId);
        if (open.isPresent()) {
            AttemptRow attempt = store.lock(open.get().id(), true).orElseThrow();
            if (attempt.status() == AttemptStatus.IN_PROGRESS && attempt.expiredAt(clock.instant())) {
                score(attempt);
            }
            return attempt.id();
        }
        QuizSettings settings = content.quizSettings(moduleId);
        if (settings.maxAttempts() != null
                && store.submittedCount(me, assignmentId, moduleId) >= settings.maxAttempts()) {
            throw new UserFacingException("quiz.error.noAttemptsLeft", settings.maxAttempts());
        }
        List<Drawing.DrawnQuestion> drawn = Drawing.draw(content.activeQuestions(moduleId), settings, random);
        Instant now = clock.instant();
        Instant deadline = settings.timeLimitSeconds() == null ? null : now.plusSeconds(settings.timeLimitSeconds());
        return store.insert(me, assignmentId, moduleId, now, deadline, drawn)
                .orElseGet(() -> store.open(me, assignmentId, moduleId)
                        .map(AttemptRow::id)
                        .orElseThrow(() -> new UserFacingException("quiz.error.busy")));
    }

    /**
     * The attempt as the quiz page shows it, in one call: the running attempt without any answer key, or,
     * once submitted (or just expired, which submits it with the answers saved in time), its result.
     */
    @Transactional
    public OpenedAttempt open(long attemptId) {
        AttemptRow attempt = owned(store.find(attemptId), attemptId);
        if (attempt.status() == AttemptStatus.IN_PROGRESS && attempt.expiredAt(clock.instant())) {
            attempt = store.lock(attemptId, true).orElseThrow();
            if (attempt.status() == AttemptStatus.IN_PROGRESS) {
                score(attempt);
            }
            attempt = store.find(attemptId).orElseThrow();
        }
        return attempt.status() == AttemptStatus.SUBMITTED ? result(attempt) : running(attempt);
    }

    private RunningAttempt running(AttemptRow attempt) {
        long attemptId = attempt.id();
        List<AttemptQuestionRow> rows = store.questions(attemptId);
        Map<Long, BankQuestion> bank = bank(rows);
        List<RunningAttempt.Question> questions = new ArrayList<>();
        for (AttemptQuestionRow row : rows) {
            BankQuestion q = bank.get(row.questionId());
            Map<Long, String> texts = q.options().stream()
                    .collect(Collectors.toMap(BankQuestion.BankOption::id, BankQuestion.BankOption::text));
            questions.add(new RunningAttempt.Question(
                    row.position(),
                    row.questionId(),
                    q.kind(),
                    q.text(),
                    row.optionOrder().stream()
                            .map(id -> new RunningAttempt.Option(id, texts.get(id)))
                            .toList(),
                    row.selected()));
        }
        return new RunningAttempt(
                attempt.id(),
                attempt.assignmentId(),
                attempt.moduleId(),
                attempt.moduleTitle(),
                attempt.attemptNo(),
                attempt.status(),
                attempt.startedAt(),
                attempt.deadline(),
                content.quizSettings(attempt.moduleId()).passMarkPercent(),
                questions);
    }

    /** Saves one answer at once, so nothing is lost if the tab closes. Refused after submission or time-out. */
    @Transactional
    public void saveAnswer(long attemptId, long questionId, Set<Long> optionIds) {
        AttemptRow attempt = owned(store.lock(attemptId, false), attemptId);
        if (attempt.status() != AttemptStatus.IN_PROGRESS) {
            throw new UserFacingException("quiz.error.alreadySubmitted");
        }
        if (attempt.expiredAt(clock.instant())) {
            throw new UserFacingException("quiz.error.timeUp");
        }
        AttemptQuestionRow question = store.questions(attemptId).stream()
                .filter(q -> q.questionId() == questionId)
                .findFirst()
                .orElseThrow(
                        () -> new AccessDeniedException("Question " + questionId + " is not in attempt " + attemptId));
        if (!question.optionOrder().containsAll(optionIds)) {
            throw new AccessDeniedException("Options " + optionIds + " do not belong to question " + questionId);
        }
        if (question.kind().singleAnswer() && optionIds.size() > 1) {
            throw new UserFacingException("quiz.error.oneAnswer");
        }
        store.saveAnswer(attemptId, questionId, optionIds, clock.instant());
    }

    /**
     * Scores the attempt and records the result once: a second submission (double click, another tab,
     * a concurrent request) waits for the first and gets the same result back.
     */
    @Transactional
    public AttemptResult submit(long attemptId) {
        AttemptRow attempt = owned(store.lock(attemptId, true), attemptId);
        if (attempt.status() == AttemptStatus.IN_PROGRESS) {
            score(attempt);
        }
        return result(attemptId);
    }

    @Transactional(readOnly = true)
    public AttemptResult result(long attemptId) {
        AttemptRow attempt = owned(store.find(attemptId), attemptId);
        if (attempt.status() != AttemptStatus.SUBMITTED) {
            throw new UserFacingException("quiz.error.notSubmitted");
        }
        return result(attempt);
    }

    private AttemptResult result(AttemptRow attempt) {
        long attemptId = attempt.id();
        QuizSettings settings = content.quizSettings(attempt.moduleId());
        ReviewPolicy policy = settings.reviewPolicy();
        boolean passed = Boolean.TRUE.equals(attempt.passed());
        boolean showAnswers = policy.showsAnswers(passed);
        List<AttemptResult.Review> review = new ArrayList<>();
        // AFTER_PASS before passing: which questions were wrong, without the answers. SCORE_ONLY: the score only.
        if (showAnswers || policy == ReviewPolicy.AFTER_PASS) {
            List<AttemptQuestionRow> rows = store.questions(attemptId);
            Map<Long, BankQuestion> bank = bank(rows);
            for (AttemptQuestionRow row : rows) {
                BankQuestion q = bank.get(row.questionId());
                Map<Long, BankQuestion.BankOption> byId = q.options().stream()
                        .collect(Collectors.toMap(BankQuestion.BankOption::id, Function.identity()));
                // Not passed yet under AFTER_PASS: only which questions were wrong, no options, no right answer,
                // no explanation.
                List<AttemptResult.ReviewOption> options = !showAnswers
                        ? List.of()
                        : row.optionOrder().stream()
                                .map(byId::get)
                                .map(o -> new AttemptResult.ReviewOption(
                                        o.id(), o.text(), row.selected().contains(o.id()), o.correct()))
                                .toList();
                Set<Long> correct = q.options().stream()
                        .filter(BankQuestion.BankOption::correct)
                        .map(BankQuestion.BankOption::id)
                        .collect(Collectors.toSet());
                review.add(new AttemptResult.Review(
                        row.position(),
                        q.kind(),
                        q.text(),
                        options,
                        Scoring.isCorrect(row.selected(), correct),
                        showAnswers ? q.explanation() : ""));
            }
        }
        boolean showScore = policy.showsScore();
        Integer left = settings.maxAttempts() == null || passed
                ? null
                : Math.max(
                        0,
                        settings.maxAttempts()
                                - store.submittedCount(attempt.userId(), attempt.assignmentId(), attempt.moduleId()));
        return new AttemptResult(
                attempt.id(),
                attempt.assignmentId(),
                attempt.moduleId(),
                attempt.moduleTitle(),
                attempt.attemptNo(),
                attempt.submittedAt(),
                passed,
                settings.passMarkPercent(),
                showScore ? attempt.score() : null,
                showScore ? attempt.correctCount() : null,
                attempt.questionCount(),
                policy,
                review,
                left);
    }

    /** The signed-in person's attempts at one module of one assignment, oldest first. */
    @Transactional(readOnly = true)
    public List<AttemptSummary> myAttempts(long assignmentId, long moduleId) {
        return store.history(currentUser.require().id(), assignmentId, moduleId).stream()
                .map(a -> new AttemptSummary(
                        a.id(), a.attemptNo(), a.status(), a.startedAt(), a.submittedAt(), a.score(), a.passed()))
                .toList();
    }

    private void score(AttemptRow attempt) {
        List<AttemptQuestionRow> rows = store.questions(attempt.id());
        Map<Long, Set<Long>> correct = store.correctOptions(attempt.id());
        int correctCount = 0;
        for (AttemptQuestionRow row : rows) {
            boolean right = Scoring.isCorrect(row.selected(), correct.getOrDefault(row.questionId(), Set.of()));
            store.markQuestion(attempt.id(), row.position(), right);
            if (right) {
                correctCount++;
            }
        }
        QuizSettings settings = content.quizSettings(attempt.moduleId());
        BigDecimal percent = Scoring.percent(correctCount, rows.size());
        boolean passed = Scoring.passed(percent, settings.passMarkPercent());
        Instant now = clock.instant();
        Instant submittedAt = attempt.deadline() != null && now.isAfter(attempt.deadline()) ? attempt.deadline() : now;
        store.markSubmitted(attempt.id(), submittedAt, correctCount, percent, passed);
        events.publishEvent(new QuizSubmitted(
                attempt.id(),
                attempt.userId(),
                attempt.assignmentId(),
                attempt.moduleId(),
                percent,
                passed,
                submittedAt));
    }

    private Map<Long, BankQuestion> bank(List<AttemptQuestionRow> rows) {
        return content
                .questions(rows.stream().map(AttemptQuestionRow::questionId).toList())
                .stream()
                .collect(Collectors.toMap(BankQuestion::id, Function.identity()));
    }

    /** Unknown and foreign ids get the same refusal, so ids reveal nothing. */
    private AttemptRow owned(Optional<AttemptRow> attempt, long attemptId) {
        long me = currentUser.require().id();
        return attempt.filter(a -> a.userId() == me)
                .orElseThrow(
                        () -> new AccessDeniedException("Attempt " + attemptId + " is not the signed-in person's"));
    }
}
