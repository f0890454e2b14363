package vn.daotao.progress;

import java.util.List;
import vn.daotao.course.AttachmentInfo;
import vn.daotao.course.ModuleSummary;
import vn.daotao.course.QuizSettings;
import vn.daotao.course.SectionContent;
import vn.daotao.quiz.AttemptSummary;

/** A module as its learner reads it, with what they have done so far. */
public record ModulePage(
        long assignmentId,
        String courseTitle,
        int moduleCount,
        ModuleSummary module,
        List<SectionContent> sections,
        List<AttachmentInfo> attachments,
        QuizSettings quiz,
        ModuleState state,
        List<AttemptSummary> attempts,
        Long openAttemptId) {

    public ModulePage {
        sections = List.copyOf(sections);
        attachments = List.copyOf(attachments);
        attempts = List.copyOf(attempts);
    }

    public boolean attemptsExhausted() {
        return quiz.maxAttempts() != null
                && openAttemptId == null
                && attempts.stream().filter(a -> a.submittedAt() != null).count() >= quiz.maxAttempts();
    }
}
