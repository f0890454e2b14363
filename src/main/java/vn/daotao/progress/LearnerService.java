package vn.daotao.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daotao.base.UserFacingException;
import vn.daotao.course.AttachmentContent;
import vn.daotao.course.CourseContentService;
import vn.daotao.course.EditionSummary;
import vn.daotao.course.ModuleSummary;
import vn.daotao.course.QuizSettings;
import vn.daotao.progress.internal.Completions;
import vn.daotao.progress.internal.ProgressQueries;
import vn.daotao.progress.internal.ProgressQueries.Progress;
import vn.daotao.quiz.AttemptStatus;
import vn.daotao.quiz.AttemptSummary;
import vn.daotao.quiz.QuizService;
import vn.daotao.security.CurrentUser;
import vn.daotao.security.Role;
import vn.daotao.security.SignedInUser;

/**
 * The learner journey: assigned courses, modules in order, reading, and the way into the quiz. Every
 * call checks that the assignment reaches the signed-in person; anything else is refused.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class LearnerService {

    private final ProgressQueries queries;
    private final Completions completions;
    private final CourseContentService content;
    private final QuizService quiz;
    private final CurrentUser currentUser;
    private final Clock clock;

    LearnerService(
            ProgressQueries queries,
            Completions completions,
            CourseContentService content,
            QuizService quiz,
            CurrentUser currentUser,
            Clock clock) {
        this.queries = queries;
        this.completions = completions;
        this.content = content;
        this.quiz = quiz;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<MyCourseRow> myCourses() {
        SignedInUser me = currentUser.require();
        return queries.myCourses(me.id(), me.unitId(), LocalDate.now(clock));
    }

    /** One cycle with its modules; passed modules of a cycle of the same edition left by moving count here. */
    @Transactional
    public CourseOverview course(long assignmentId) {
        SignedInUser me = currentUser.require();
        MyCourseRow course = mine(me, assignmentId);
        if (!course.status().ended() && queries.carryOverPassedModules(me.id(), me.unitId(), assignmentId) > 0) {
            // Everything may have been passed already (e.g. completed in the unit they left): complete it now.
            completions.completeIfAllPassed(me.id(), assignmentId, clock.instant());
            course = mine(me, assignmentId);
        }
        EditionSummary edition = content.edition(course.editionId()).orElseThrow();
        Map<Long, Progress> progress = queries.moduleProgress(me.id(), assignmentId);
        List<CourseOverview.ModuleRow> modules = new ArrayList<>();
        boolean previousDone = true;
        for (ModuleSummary m : content.modules(course.editionId())) {
            Progress p = progress.get(m.id());
            ModuleState state = state(p, previousDone);
            boolean showScore = content.quizSettings(m.id()).reviewPolicy().showsScore();
            modules.add(new CourseOverview.ModuleRow(
                    m.id(),
                    m.position(),
                    m.title(),
                    m.summary(),
                    state,
                    p == null || !showScore ? null : p.bestScore(),
                    p == null ? null : p.passedAt()));
            previousDone = state == ModuleState.COMPLETED;
        }
        return new CourseOverview(course, edition.description(), edition.commitmentText(), modules);
    }

    /**
     * The person confirms the edition's commitment text after the last module: the course completes (with
     * its certificate) and the completion keeps the exact text and the time. Refused before every module is
     * passed, on a course that asks for none, and twice.
     */
    @Transactional
    public void confirmCommitment(long assignmentId) {
        SignedInUser me = currentUser.require();
        CourseOverview course = course(assignmentId);
        if (!course.awaitingCommitment()
                || !completions.completeWithCommitment(me.id(), assignmentId, clock.instant())) {
            throw new UserFacingException("learner.error.commitmentNotDue");
        }
    }

    /** Opens a module for reading (recording that its content was opened); refused while an earlier one is incomplete. */
    @Transactional
    public ModulePage openModule(long assignmentId, long moduleId) {
        SignedInUser me = currentUser.require();
        CourseOverview course = course(assignmentId);
        CourseOverview.ModuleRow row = workableModule(course, moduleId);
        if (row.state() == ModuleState.LOCKED) {
            throw new UserFacingException("learner.error.locked");
        }
        queries.markOpened(me.id(), assignmentId, moduleId, clock.instant());
        ModuleState state = row.state() == ModuleState.AVAILABLE ? ModuleState.IN_PROGRESS : row.state();
        ModuleSummary module = content.module(moduleId).orElseThrow();
        QuizSettings settings = content.quizSettings(moduleId);
        boolean showScore = settings.reviewPolicy().showsScore();
        List<AttemptSummary> attempts = quiz.myAttempts(assignmentId, moduleId).stream()
                .map(a -> showScore
                        ? a
                        : new AttemptSummary(
                                a.id(), a.attemptNo(), a.status(), a.startedAt(), a.submittedAt(), null, a.passed()))
                .toList();
        Long open = attempts.stream()
                .filter(a -> a.status() == AttemptStatus.IN_PROGRESS)
                .map(AttemptSummary::id)
                .findFirst()
                .orElse(null);
        return new ModulePage(
                assignmentId,
                course.course().title(),
                course.modules().size(),
                module,
                content.sections(moduleId),
                content.attachments(moduleId),
                settings,
                state,
                attempts,
                open);
    }

    /** Starts (or resumes) the module's quiz: only after its content was opened, and not once it is passed. */
    @Transactional
    public long startQuiz(long assignmentId, long moduleId) {
        SignedInUser me = currentUser.require();
        CourseOverview course = course(assignmentId);
        CourseOverview.ModuleRow row = workableModule(course, moduleId);
        switch (row.state()) {
            case LOCKED -> throw new UserFacingException("learner.error.locked");
            case AVAILABLE -> throw new UserFacingException("learner.error.readFirst");
            case COMPLETED -> throw new UserFacingException("learner.error.alreadyPassed");
            case IN_PROGRESS -> {
                // allowed
            }
        }
        return quiz.startOrResume(assignmentId, moduleId);
    }

    /** An attachment, for people an assignment of its edition reaches (and admins). */
    @Transactional(readOnly = true)
    public AttachmentContent attachment(long attachmentId) {
        SignedInUser me = currentUser.require();
        AttachmentContent file = content.attachment(attachmentId)
                .orElseThrow(() -> new AccessDeniedException("No attachment " + attachmentId));
        if (!me.has(Role.ADMIN)
                && queries.assignmentReachingModule(
                                me.id(), me.unitId(), file.info().moduleId(), LocalDate.now(clock))
                        .isEmpty()) {
            throw new AccessDeniedException(
                    "Attachment " + attachmentId + " is not in a course of the signed-in person");
        }
        return file;
    }

    private MyCourseRow mine(SignedInUser me, long assignmentId) {
        return queries.myCourse(me.id(), me.unitId(), assignmentId, LocalDate.now(clock))
                .orElseThrow(() -> new AccessDeniedException(
                        "Assignment " + assignmentId + " does not reach the signed-in person"));
    }

    /** The module of the cycle, refused when it is not in it (audited as access) or the cycle was left by moving. */
    private static CourseOverview.ModuleRow workableModule(CourseOverview course, long moduleId) {
        CourseOverview.ModuleRow row = course.modules().stream()
                .filter(m -> m.id() == moduleId)
                .findFirst()
                .orElseThrow(() -> new AccessDeniedException("Module " + moduleId + " is not in assignment "
                        + course.course().assignmentId()));
        if (course.course().status() == CycleStatus.MOVED) {
            throw new UserFacingException("learner.error.moved");
        }
        return row;
    }

    static ModuleState state(Progress p, boolean previousDone) {
        if (p != null && p.passedAt() != null) {
            return ModuleState.COMPLETED;
        }
        if (!previousDone) {
            return ModuleState.LOCKED;
        }
        return p != null && p.openedAt() != null ? ModuleState.IN_PROGRESS : ModuleState.AVAILABLE;
    }
}
