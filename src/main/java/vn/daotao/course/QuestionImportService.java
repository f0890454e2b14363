package vn.daotao.course;

import java.util.ArrayList;
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
import vn.daotao.base.imports.ImportKind;
import vn.daotao.base.imports.ImportLine;
import vn.daotao.base.imports.ImportOutcome;
import vn.daotao.base.imports.ImportProblem;
import vn.daotao.base.imports.ImportReport;
import vn.daotao.course.internal.CourseQueries;
import vn.daotao.course.internal.QuestionSheetLayout;
import vn.daotao.course.internal.QuestionSheetReader;
import vn.daotao.course.internal.QuestionTemplate;
import vn.daotao.course.internal.QuestionWriter;
import vn.daotao.course.internal.SheetRow;

/**
 * Questions from a CSV or XLSX file: a dry run reports every row, and the import writes all rows in one
 * transaction or none at all.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class QuestionImportService {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ROWS = 2000;

    private final CourseQueries queries;
    private final QuestionWriter writer;
    private final AuditLog audit;

    QuestionImportService(CourseQueries queries, QuestionWriter writer, AuditLog audit) {
        this.queries = queries;
        this.writer = writer;
        this.audit = audit;
    }

    /** The template with Vietnamese headers and one example per question type. */
    @Transactional(readOnly = true)
    public byte[] template(ImportFormat format) {
        return QuestionTemplate.write(format);
    }

    /** Reads the file and reports each row; writes nothing. */
    @Transactional(readOnly = true)
    public ImportReport dryRun(long moduleId, String fileName, byte[] content) {
        requireDraft(moduleId);
        return check(moduleId, fileName, content).report();
    }

    /** Imports every row, or refuses (writing nothing) when any row has a problem. Returns the count. */
    public int importAll(long moduleId, String fileName, byte[] content) {
        requireDraft(moduleId);
        Checked checked = check(moduleId, fileName, content);
        if (!checked.report().ok()) {
            throw new UserFacingException(
                    "questionImport.error.hasProblems", checked.report().errors());
        }
        for (QuestionData question : checked.questions()) {
            writer.insert(moduleId, question);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("moduleId", moduleId);
        details.put("fileName", fileName == null ? "" : fileName);
        details.put("format", checked.format().name());
        details.put("count", checked.questions().size());
        audit.recordChangeInCurrentTransaction(AuditAction.QUESTIONS_IMPORTED, AuditTarget.MODULE, moduleId, details);
        return checked.questions().size();
    }

    private record Checked(ImportReport report, List<QuestionData> questions, ImportFormat format) {}

    private Checked check(long moduleId, String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw refuse(moduleId, fileName, "questionImport.error.empty", "empty");
        }
        if (content.length > MAX_BYTES) {
            throw refuse(moduleId, fileName, "questionImport.error.tooLarge", "too large", MAX_BYTES / (1024 * 1024));
        }
        QuestionSheetReader.Sheet sheet;
        try {
            sheet = QuestionSheetReader.read(content, MAX_ROWS);
        } catch (UserFacingException refusal) {
            throw refuse(moduleId, fileName, refusal.messageKey(), refusal.messageKey(), refusal.args());
        }
        List<SheetRow> rows = sheet.rows();
        if (rows.size() < 2) {
            throw new UserFacingException("questionImport.error.noRows");
        }
        List<ImportLine> report = new ArrayList<>();
        List<QuestionData> questions = new ArrayList<>();
        List<ImportProblem> header = QuestionSheetLayout.headerProblems(rows.getFirst());
        if (!header.isEmpty()) {
            report.add(line(
                    rows.getFirst().number(), String.join(" | ", rows.getFirst().cells()), header));
        }
        for (SheetRow row : rows.subList(1, rows.size())) {
            QuestionSheetLayout.Parsed parsed = QuestionSheetLayout.parse(row);
            report.add(line(row.number(), parsed.question().text(), parsed.problems()));
            questions.add(parsed.question());
        }
        return new Checked(new ImportReport(report), questions, sheet.format());
    }

    private static ImportLine line(int row, String text, List<ImportProblem> problems) {
        return new ImportLine(
                null,
                row,
                ImportKind.QUESTION,
                null,
                text,
                problems.isEmpty() ? ImportOutcome.CREATE : ImportOutcome.ERROR,
                problems);
    }

    private void requireDraft(long moduleId) {
        if (queries.module(moduleId).isEmpty()) {
            throw new AccessDeniedException("No module " + moduleId);
        }
        if (!queries.moduleIsDraft(moduleId)) {
            throw new UserFacingException("content.error.notDraft");
        }
    }

    private UserFacingException refuse(long moduleId, String fileName, String key, String reason, Object... args) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("moduleId", moduleId);
        details.put("fileName", fileName == null ? "" : fileName);
        details.put("reason", reason);
        audit.recordInOwnTransaction(AuditAction.UPLOAD_REFUSED, AuditTarget.MODULE, moduleId, details);
        return new UserFacingException(key, args);
    }
}
