package vn.daotao.course;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import vn.daotao.course.internal.QuestionWriter;

/** A module's question bank for admins: questions are added, edited and (de)activated, never deleted. */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class QuestionBankService {

    private final CourseQueries queries;
    private final QuestionBankQueries bank;
    private final QuestionWriter writer;
    private final AuditLog audit;

    QuestionBankService(CourseQueries queries, QuestionBankQueries bank, QuestionWriter writer, AuditLog audit) {
        this.queries = queries;
        this.bank = bank;
        this.writer = writer;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<QuestionRow> questions(long moduleId) {
        return bank.questions(moduleId);
    }

    public long add(long moduleId, QuestionData question) {
        requireDraft(moduleId);
        validate(question);
        long id = writer.insert(moduleId, question);
        audit.recordChangeInCurrentTransaction(
                AuditAction.QUESTION_CREATED, AuditTarget.QUESTION, id, Map.of("after", describe(moduleId, question)));
        return id;
    }

    public void update(long questionId, QuestionData question) {
        QuestionRow before = existing(questionId);
        long moduleId = bank.moduleOfQuestion(questionId).orElseThrow();
        requireDraft(moduleId);
        validate(question);
        writer.replace(questionId, question);
        audit.recordChangeInCurrentTransaction(
                AuditAction.QUESTION_UPDATED,
                AuditTarget.QUESTION,
                questionId,
                Map.of("before", describe(moduleId, before.data()), "after", describe(moduleId, question)));
    }

    /** Inactive questions stay in the bank (and in old attempts) but are no longer drawn. */
    public void setActive(long questionId, boolean active) {
        QuestionRow before = existing(questionId);
        long moduleId = bank.moduleOfQuestion(questionId).orElseThrow();
        requireDraft(moduleId);
        if (before.active() == active) {
            return;
        }
        writer.setActive(questionId, active);
        audit.recordChangeInCurrentTransaction(
                active ? AuditAction.QUESTION_UPDATED : AuditAction.QUESTION_DEACTIVATED,
                AuditTarget.QUESTION,
                questionId,
                Map.of("before", Map.of("active", before.active()), "after", Map.of("active", active)));
    }

    private QuestionRow existing(long questionId) {
        return bank.question(questionId).orElseThrow(() -> new AccessDeniedException("No question " + questionId));
    }

    private void requireDraft(long moduleId) {
        if (queries.module(moduleId).isEmpty()) {
            throw new AccessDeniedException("No module " + moduleId);
        }
        if (!queries.moduleIsDraft(moduleId)) {
            throw new UserFacingException("content.error.notDraft");
        }
    }

    private static void validate(QuestionData question) {
        List<String> problems = QuestionRules.problems(question);
        if (!problems.isEmpty()) {
            throw new InvalidQuestionException(problems);
        }
    }

    static Map<String, Object> describe(long moduleId, QuestionData q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("moduleId", moduleId);
        m.put("kind", q.kind().name());
        m.put("text", q.text());
        m.put("explanation", q.explanation());
        m.put(
                "options",
                q.options().stream()
                        .map(o -> (o.correct() ? "[x] " : "[ ] ") + o.text())
                        .toList());
        return m;
    }
}
