package vn.daotao.course;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daotao.audit.AuditAction;
import vn.daotao.audit.AuditLog;
import vn.daotao.audit.AuditTarget;
import vn.daotao.base.UserFacingException;
import vn.daotao.course.internal.CourseAuthoring;

/**
 * Admins write courses. Only a draft edition changes; publishing freezes it as the course's next
 * edition number and "new edition" copies the latest published edition into a fresh draft. Every
 * change is audited with what it was before.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class CourseAdminService {

    public static final int MAX_TITLE = 200;
    public static final int MAX_SUMMARY = 2000;
    public static final int MAX_COMMITMENT = 4000;
    public static final int MAX_MARKDOWN = 100_000;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{1,31}");

    private final CourseAuthoring authoring;
    private final AuditLog audit;

    CourseAdminService(CourseAuthoring authoring, AuditLog audit) {
        this.authoring = authoring;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<CourseRow> courses() {
        return authoring.courses();
    }

    /** Creates a course with an empty draft edition and returns the course id. */
    public long createCourse(String code, String title, String description) {
        String cleanCode = code == null ? "" : code.strip().toUpperCase();
        if (!CODE.matcher(cleanCode).matches()) {
            throw new UserFacingException("course.error.code");
        }
        if (authoring.courseCodeTaken(cleanCode)) {
            throw new UserFacingException("course.error.codeTaken", cleanCode);
        }
        String cleanTitle = title(title);
        long courseId;
        try {
            courseId = authoring.insertCourse(cleanCode, cleanTitle);
        } catch (DuplicateKeyException raced) {
            throw new UserFacingException("course.error.codeTaken", cleanCode);
        }
        long draft = authoring.insertDraft(courseId, cleanTitle, description(description));
        audit.recordChangeInCurrentTransaction(
                AuditAction.COURSE_CREATED,
                AuditTarget.COURSE,
                courseId,
                Map.of("code", cleanCode, "title", cleanTitle, "draftEditionId", draft));
        return courseId;
    }

    @Transactional(readOnly = true)
    public CertificateRules certificateRules(long courseId) {
        return authoring.certificateRules(courseId);
    }

    /**
     * The course's serial prefix (2-16 capital letters or digits; blank: the global one) and validity in
     * months (1-240; null: no expiry), for certificates issued from now on. Audited before and after.
     */
    public void updateCertificateRules(long courseId, String serialPrefix, Integer validityMonths) {
        String prefix = serialPrefix == null || serialPrefix.isBlank()
                ? null
                : serialPrefix.strip().toUpperCase(java.util.Locale.ROOT);
        if (prefix != null && !SERIAL_PREFIX.matcher(prefix).matches()) {
            throw new UserFacingException("course.error.serialPrefix");
        }
        if (validityMonths != null && (validityMonths < 1 || validityMonths > 240)) {
            throw new UserFacingException("course.error.validity");
        }
        CertificateRules before = authoring.certificateRules(courseId);
        CertificateRules after = new CertificateRules(prefix, validityMonths);
        authoring.updateCertificateRules(courseId, after);
        audit.recordChangeInCurrentTransaction(
                AuditAction.COURSE_UPDATED,
                AuditTarget.COURSE,
                courseId,
                Map.of(
                        "before",
                        Map.of(
                                "serialPrefix", Objects.toString(before.serialPrefix(), ""),
                                "validityMonths", Objects.toString(before.validityMonths(), "")),
                        "after",
                        Map.of(
                                "serialPrefix", Objects.toString(prefix, ""),
                                "validityMonths", Objects.toString(validityMonths, ""))));
    }

    private static final java.util.regex.Pattern SERIAL_PREFIX = java.util.regex.Pattern.compile("^[A-Z0-9]{2,16}$");

    @Transactional(readOnly = true)
    public List<EditionRow> editions(long courseId) {
        return authoring.editions(courseId);
    }

    /**
     * Title, description and the optional commitment text of a draft (blank: none required). The commitment
     * is what a learner confirms after the last module; it is frozen with the edition when published.
     */
    public void updateEdition(long editionId, String title, String description, String commitmentText) {
        EditionRow before = draft(editionId);
        String cleanTitle = title(title);
        String cleanDescription = description(description);
        String cleanCommitment = commitment(commitmentText);
        authoring.updateEdition(editionId, cleanTitle, cleanDescription, cleanCommitment);
        audit.recordChangeInCurrentTransaction(
                AuditAction.EDITION_UPDATED,
                AuditTarget.EDITION,
                editionId,
                change(
                        Map.of(
                                "title", before.title(),
                                "description", before.description(),
                                "commitment", Objects.toString(before.commitmentText(), "")),
                        Map.of(
                                "title", cleanTitle,
                                "description", cleanDescription,
                                "commitment", Objects.toString(cleanCommitment, ""))));
    }

    @Transactional(readOnly = true)
    public List<ModuleRow> modules(long editionId) {
        return authoring.modules(editionId);
    }

    @Transactional(readOnly = true)
    public ModuleRow module(long moduleId) {
        long editionId =
                authoring.editionOfModule(moduleId).orElseThrow(() -> new UserFacingException("course.error.notFound"));
        return authoring.modules(editionId).stream()
                .filter(m -> m.id() == moduleId)
                .findFirst()
                .orElseThrow();
    }

    public long addModule(long editionId, String title, String summary) {
        draft(editionId);
        long id = authoring.insertModule(editionId, title(title), summary(summary));
        audit.recordChangeInCurrentTransaction(
                AuditAction.MODULE_CHANGED, AuditTarget.MODULE, id, Map.of("change", "added", "title", title(title)));
        return id;
    }

    public void updateModule(long moduleId, String title, String summary) {
        ModuleRow before = draftModule(moduleId);
        authoring.updateModule(moduleId, title(title), summary(summary));
        audit.recordChangeInCurrentTransaction(
                AuditAction.MODULE_CHANGED,
                AuditTarget.MODULE,
                moduleId,
                change(
                        Map.of("title", before.title(), "summary", before.summary()),
                        Map.of("title", title(title), "summary", summary(summary))));
    }

    /** Moves a module one place up (delta -1) or down (+1); nothing happens at either end. */
    public void moveModule(long moduleId, int delta) {
        ModuleRow before = draftModule(moduleId);
        if (authoring.moveModule(moduleId, Integer.signum(delta))) {
            audit.recordChangeInCurrentTransaction(
                    AuditAction.MODULE_CHANGED,
                    AuditTarget.MODULE,
                    moduleId,
                    change(
                            Map.of("position", before.position()),
                            Map.of("position", before.position() + Integer.signum(delta))));
        }
    }

    public void removeModule(long moduleId) {
        ModuleRow before = draftModule(moduleId);
        authoring.deleteModule(moduleId);
        audit.recordChangeInCurrentTransaction(
                AuditAction.MODULE_CHANGED,
                AuditTarget.MODULE,
                moduleId,
                Map.of(
                        "change",
                        "removed",
                        "title",
                        before.title(),
                        "sections",
                        before.sections(),
                        "questions",
                        before.activeQuestions()));
    }

    @Transactional(readOnly = true)
    public List<SectionDraft> sections(long moduleId) {
        return authoring.sections(moduleId);
    }

    @Transactional(readOnly = true)
    public SectionDraft section(long sectionId) {
        return authoring.section(sectionId).orElseThrow(() -> new UserFacingException("course.error.notFound"));
    }

    public long addSection(long moduleId, String title, String markdown) {
        draftModule(moduleId);
        long id = authoring.insertSection(moduleId, title(title), markdown(markdown));
        audit.recordChangeInCurrentTransaction(
                AuditAction.SECTION_CHANGED,
                AuditTarget.SECTION,
                id,
                Map.of("change", "added", "moduleId", moduleId, "title", title(title)));
        return id;
    }

    public void updateSection(long sectionId, String title, String markdown) {
        SectionDraft before = draftSection(sectionId);
        authoring.updateSection(sectionId, title(title), markdown(markdown));
        audit.recordChangeInCurrentTransaction(
                AuditAction.SECTION_CHANGED,
                AuditTarget.SECTION,
                sectionId,
                change(
                        Map.of("title", before.title(), "markdown", before.markdown()),
                        Map.of("title", title(title), "markdown", markdown(markdown))));
    }

    public void moveSection(long sectionId, int delta) {
        SectionDraft before = draftSection(sectionId);
        if (authoring.moveSection(sectionId, Integer.signum(delta))) {
            audit.recordChangeInCurrentTransaction(
                    AuditAction.SECTION_CHANGED,
                    AuditTarget.SECTION,
                    sectionId,
                    change(
                            Map.of("position", before.position()),
                            Map.of("position", before.position() + Integer.signum(delta))));
        }
    }

    public void removeSection(long sectionId) {
        SectionDraft before = draftSection(sectionId);
        authoring.deleteSection(sectionId);
        audit.recordChangeInCurrentTransaction(
                AuditAction.SECTION_CHANGED,
                AuditTarget.SECTION,
                sectionId,
                Map.of(
                        "change",
                        "removed",
                        "moduleId",
                        before.moduleId(),
                        "title",
                        before.title(),
                        "markdown",
                        before.markdown()));
    }

    /** What stops the draft from being published; empty when it is ready. */
    @Transactional(readOnly = true)
    public List<PublishProblem> publishProblems(long editionId) {
        List<PublishProblem> problems = new ArrayList<>();
        List<ModuleRow> modules = authoring.modules(editionId);
        if (modules.isEmpty()) {
            problems.add(new PublishProblem("course.publish.noModules", List.of()));
        }
        for (ModuleRow m : modules) {
            if (m.sections() == 0) {
                problems.add(new PublishProblem("course.publish.noSections", List.of(m.position(), m.title())));
            }
            if (QuizSettingsRules.tooFewQuestions(m.questionsPerAttempt(), m.activeQuestions())) {
                problems.add(new PublishProblem(
                        "course.publish.fewQuestions",
                        List.of(m.position(), m.title(), m.activeQuestions(), m.questionsPerAttempt())));
            }
        }
        return problems;
    }

    /** Freezes the draft as the course's next edition and returns its number. */
    public int publish(long editionId) {
        if (authoring.lockEdition(editionId).orElseThrow(() -> new UserFacingException("course.error.notFound"))
                != EditionStatus.DRAFT) {
            throw new UserFacingException("content.error.notDraft");
        }
        authoring.lockEditionContent(editionId);
        List<PublishProblem> problems = publishProblems(editionId);
        if (!problems.isEmpty()) {
            throw new UserFacingException(
                    problems.getFirst().key(), problems.getFirst().argArray());
        }
        int number = authoring.publish(editionId);
        audit.recordChangeInCurrentTransaction(
                AuditAction.EDITION_PUBLISHED,
                AuditTarget.EDITION,
                editionId,
                Map.of(
                        "editionNo",
                        number,
                        "modules",
                        authoring.modules(editionId).size()));
        return number;
    }

    /** Starts the next edition as a draft copy of the latest published one and returns the draft's id. */
    public long newEdition(long courseId) {
        if (authoring.editions(courseId).stream().anyMatch(EditionRow::draft)) {
            throw new UserFacingException("course.error.draftExists");
        }
        long published =
                authoring.latestPublished(courseId).orElseThrow(() -> new UserFacingException("course.error.notFound"));
        long draft;
        try {
            draft = authoring.copyToDraft(published);
        } catch (DuplicateKeyException raced) {
            // Another admin started the next edition at the same moment (one draft per course).
            throw new UserFacingException("course.error.draftExists");
        }
        audit.recordChangeInCurrentTransaction(
                AuditAction.EDITION_DRAFTED,
                AuditTarget.EDITION,
                draft,
                Map.of("copiedFrom", published, "courseId", courseId));
        return draft;
    }

    private EditionRow draft(long editionId) {
        if (authoring.lockEdition(editionId).orElseThrow(() -> new UserFacingException("course.error.notFound"))
                != EditionStatus.DRAFT) {
            throw new UserFacingException("content.error.notDraft");
        }
        return authoring.edition(editionId).orElseThrow();
    }

    private ModuleRow draftModule(long moduleId) {
        long editionId =
                authoring.editionOfModule(moduleId).orElseThrow(() -> new UserFacingException("course.error.notFound"));
        draft(editionId);
        return module(moduleId);
    }

    private SectionDraft draftSection(long sectionId) {
        SectionDraft section = section(sectionId);
        draftModule(section.moduleId());
        return section;
    }

    private static Map<String, Object> change(Map<String, ?> before, Map<String, ?> after) {
        Map<String, Object> details = new LinkedHashMap<>();
        Map<String, Object> changedBefore = new LinkedHashMap<>();
        Map<String, Object> changedAfter = new LinkedHashMap<>();
        after.forEach((key, value) -> {
            if (!value.equals(before.get(key))) {
                changedBefore.put(key, before.get(key));
                changedAfter.put(key, value);
            }
        });
        details.put("before", changedBefore);
        details.put("after", changedAfter);
        return details;
    }

    private static String title(String title) {
        String clean = title == null ? "" : title.strip();
        if (clean.isEmpty()) {
            throw new UserFacingException("course.error.titleBlank");
        }
        if (clean.length() > MAX_TITLE) {
            throw new UserFacingException("course.error.titleLong", MAX_TITLE);
        }
        return clean;
    }

    private static String summary(String summary) {
        String clean = summary == null ? "" : summary.strip();
        if (clean.length() > MAX_SUMMARY) {
            throw new UserFacingException("course.error.summaryLong", MAX_SUMMARY);
        }
        return clean;
    }

    private static String description(String description) {
        return summary(description);
    }

    private static String commitment(String text) {
        String clean = text == null ? "" : text.strip();
        if (clean.length() > MAX_COMMITMENT) {
            throw new UserFacingException("course.error.commitmentLong", MAX_COMMITMENT);
        }
        return clean.isEmpty() ? null : clean;
    }

    private static String markdown(String markdown) {
        String clean = markdown == null ? "" : markdown.strip();
        if (clean.length() > MAX_MARKDOWN) {
            throw new UserFacingException("course.error.markdownLong", MAX_MARKDOWN);
        }
        return clean;
    }
}
