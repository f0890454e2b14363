package vn.daotao.course;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daotao.audit.AuditAction;
import vn.daotao.audit.AuditLog;
import vn.daotao.audit.AuditTarget;
import vn.daotao.base.UserFacingException;
import vn.daotao.course.internal.CourseQueries;
import vn.daotao.course.internal.QuestionBankQueries;

/** A module as the admin's module editor sees it: where it sits, and its quiz settings. */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class ModuleAdminService {

    private final CourseQueries queries;
    private final QuestionBankQueries bank;
    private final AuditLog audit;

    ModuleAdminService(CourseQueries queries, QuestionBankQueries bank, AuditLog audit) {
        this.queries = queries;
        this.bank = bank;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Optional<ModuleHeader> header(long moduleId) {
        return bank.header(moduleId);
    }

    /** The module's settings, or the defaults when none were saved yet. */
    @Transactional(readOnly = true)
    public QuizSettings quizSettings(long moduleId) {
        return queries.settings(moduleId).orElseGet(() -> QuizSettingsRules.defaults(moduleId));
    }

    @Transactional(readOnly = true)
    public int activeQuestionCount(long moduleId) {
        return bank.activeCount(moduleId);
    }

    public void saveQuizSettings(QuizSettings settings) {
        long moduleId = settings.moduleId();
        if (queries.module(moduleId).isEmpty()) {
            throw new AccessDeniedException("No module " + moduleId);
        }
        if (!queries.moduleIsDraft(moduleId)) {
            throw new UserFacingException("content.error.notDraft");
        }
        List<String> problems = QuizSettingsRules.problems(settings);
        if (!problems.isEmpty()) {
            throw new InvalidQuestionException(problems);
        }
        QuizSettings before = quizSettings(moduleId);
        bank.saveSettings(settings);
        Map<String, Object> was = new LinkedHashMap<>();
        Map<String, Object> now = new LinkedHashMap<>();
        changed(was, now, "questionsPerAttempt", before.questionsPerAttempt(), settings.questionsPerAttempt());
        changed(was, now, "shuffleQuestions", before.shuffleQuestions(), settings.shuffleQuestions());
        changed(was, now, "shuffleOptions", before.shuffleOptions(), settings.shuffleOptions());
        changed(was, now, "passMarkPercent", before.passMarkPercent(), settings.passMarkPercent());
        changed(was, now, "maxAttempts", before.maxAttempts(), settings.maxAttempts());
        changed(was, now, "timeLimitSeconds", before.timeLimitSeconds(), settings.timeLimitSeconds());
        changed(was, now, "reviewPolicy", before.reviewPolicy(), settings.reviewPolicy());
        if (!now.isEmpty()) {
            audit.recordChangeInCurrentTransaction(
                    AuditAction.QUIZ_SETTINGS_CHANGED,
                    AuditTarget.MODULE,
                    moduleId,
                    Map.of("before", was, "after", now));
        }
    }

    private static void changed(
            Map<String, Object> was, Map<String, Object> now, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            was.put(field, before == null ? "" : before.toString());
            now.put(field, after == null ? "" : after.toString());
        }
    }
}
