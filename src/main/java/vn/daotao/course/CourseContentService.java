package vn.daotao.course;

import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daotao.base.markdown.MarkdownRenderer;
import vn.daotao.course.internal.AttachmentStore;
import vn.daotao.course.internal.CourseQueries;

/**
 * Read access to published content. Callers decide who may see what (progress checks the learner's
 * assignment before it asks); this service only refuses people who are not signed in.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class CourseContentService {

    private final CourseQueries queries;
    private final AttachmentStore store;

    CourseContentService(CourseQueries queries, AttachmentStore store) {
        this.queries = queries;
        this.store = store;
    }

    public Optional<EditionSummary> edition(long editionId) {
        return queries.edition(editionId);
    }

    public List<ModuleSummary> modules(long editionId) {
        return queries.modules(editionId);
    }

    public Optional<ModuleSummary> module(long moduleId) {
        return queries.module(moduleId);
    }

    public List<SectionContent> sections(long moduleId) {
        return queries.sections(moduleId).stream()
                .map(s ->
                        new SectionContent(s.id(), s.position(), s.title(), MarkdownRenderer.toSafeHtml(s.markdown())))
                .toList();
    }

    public List<AttachmentInfo> attachments(long moduleId) {
        return queries.attachments(moduleId);
    }

    /** A stored file's facts and a stream over its bytes, read from the database in slices as it is served. */
    public Optional<AttachmentContent> attachment(long attachmentId) {
        return store.content(attachmentId);
    }

    public QuizSettings quizSettings(long moduleId) {
        return queries.settings(moduleId)
                .orElseThrow(() -> new IllegalStateException("Module " + moduleId + " has no quiz settings"));
    }

    public List<BankQuestion> activeQuestions(long moduleId) {
        return queries.questions(moduleId, true);
    }

    public List<BankQuestion> questions(List<Long> questionIds) {
        return queries.questionsById(questionIds);
    }
}
