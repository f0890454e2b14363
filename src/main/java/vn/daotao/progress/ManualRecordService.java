package vn.daotao.progress;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daotao.audit.AuditAction;
import vn.daotao.audit.AuditLog;
import vn.daotao.audit.AuditTarget;
import vn.daotao.base.TimeConfiguration;
import vn.daotao.base.UserFacingException;
import vn.daotao.base.imports.ImportKind;
import vn.daotao.base.imports.ImportLine;
import vn.daotao.base.imports.ImportOutcome;
import vn.daotao.base.imports.ImportProblem;
import vn.daotao.base.imports.ImportReport;
import vn.daotao.progress.internal.AttendanceSheet;
import vn.daotao.progress.internal.Completions;
import vn.daotao.progress.internal.EvidenceFiles;
import vn.daotao.progress.internal.ManualRecordQueries;
import vn.daotao.security.CurrentUser;
import vn.daotao.security.Role;
import vn.daotao.security.SignedInUser;

/**
 * Records made by hand rather than online: in-person sessions and who attended them (ticked, or imported
 * from a list of employee codes, all or nothing), exemptions, and their withdrawal by an admin. Unit
 * heads act within their own unit's subtree, admins everywhere; every check is made here, whatever the
 * page asked for. Attendance passes the session's modules in the person's open cycle of the edition;
 * passing the last one completes it ("hoàn thành trực tiếp", with a certificate as for any completion).
 */
@Service
@PreAuthorize("hasAnyRole('UNIT_HEAD', 'ADMIN')")
public class ManualRecordService {

    private final ManualRecordQueries queries;
    private final Completions completions;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ManualRecordService(
            ManualRecordQueries queries,
            Completions completions,
            CurrentUser currentUser,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.queries = queries;
        this.completions = completions;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The published editions a session can count for. */
    @Transactional(readOnly = true)
    public List<AssignableEdition> editions() {
        return queries.publishedEditions();
    }

    /** The units a session can be organised by: the viewer's subtree (everything for an admin). */
    @Transactional(readOnly = true)
    public List<TargetUnit> units() {
        return queries.units(scope(currentUser.require()));
    }

    @Transactional(readOnly = true)
    public List<SessionRow> sessions() {
        return queries.sessions(scope(currentUser.require()));
    }

    @Transactional(readOnly = true)
    public SessionRow session(long sessionId) {
        return queries.session(sessionId, scope(currentUser.require()))
                .orElseThrow(
                        () -> new AccessDeniedException("Session " + sessionId + " is outside the viewer's units"));
    }

    /** The people of the session's unit subtree and whether each attended. */
    @Transactional(readOnly = true)
    public List<AttendeeRow> attendees(long sessionId) {
        session(sessionId);
        return queries.candidates(sessionId);
    }

    @Transactional
    public long createSession(SessionDraft draft) {
        SignedInUser me = currentUser.require();
        String title = required(draft.title(), 300, "session.error.title");
        String place = required(draft.place(), 300, "session.error.place");
        if (draft.heldOn() == null || draft.heldOn().isAfter(today())) {
            throw new UserFacingException("session.error.date");
        }
        if (!queries.publishedEdition(draft.editionId())) {
            throw new UserFacingException("session.error.edition");
        }
        Set<Long> modules = new HashSet<>(draft.moduleIds());
        if (modules.isEmpty() || queries.modulesOfEdition(draft.editionId(), modules) != modules.size()) {
            throw new UserFacingException("session.error.modules");
        }
        if (!queries.unitInScope(draft.unitId(), scope(me))) {
            throw new AccessDeniedException("Unit " + draft.unitId() + " is outside the viewer's units");
        }
        Long evidence = evidence(draft.evidence(), me);
        long id = queries.insertSession(
                draft.editionId(), draft.unitId(), title, draft.heldOn(), place, evidence, me.id());
        queries.insertSessionModules(id, modules);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("title", title);
        details.put("heldOn", draft.heldOn().toString());
        details.put("place", place);
        details.put("editionId", draft.editionId());
        details.put("unitId", draft.unitId());
        details.put("modules", modules.stream().sorted().toList());
        details.put("evidence", evidence != null);
        audit.recordChangeInCurrentTransaction(AuditAction.SESSION_CREATED, AuditTarget.SESSION, id, details);
        return id;
    }

    /** Records the ticked people as attending; people already recorded are left as they are. */
    @Transactional
    public AttendanceResult recordAttendance(long sessionId, List<Long> userIds) {
        SignedInUser me = currentUser.require();
        SessionRow session = session(sessionId);
        int recorded = 0;
        int already = 0;
        for (long userId : new java.util.LinkedHashSet<>(userIds)) {
            ManualRecordQueries.Candidate person = queries.candidate(sessionId, userId)
                    .filter(ManualRecordQueries.Candidate::inSessionUnit)
                    .orElseThrow(
                            () -> new AccessDeniedException("Person " + userId + " is outside the session's unit"));
            if (person.attended()) {
                already++;
                continue;
            }
            long cycle = queries.openCycle(userId, session.editionId(), session.heldOn())
                    .orElseThrow(() -> new UserFacingException("session.error.noCycle", person.fullName()));
            attend(session, userId, cycle, me);
            recorded++;
        }
        audit.recordChangeInCurrentTransaction(
                AuditAction.ATTENDANCE_RECORDED,
                AuditTarget.SESSION,
                sessionId,
                Map.of("recorded", recorded, "alreadyRecorded", already, "people", userIds.size()));
        return new AttendanceResult(recorded, already);
    }

    /**
     * The dry run of an attendance list: each row's employee code is matched to a person of the session's
     * unit subtree with an open cycle of the edition (CREATE), already recorded (UNCHANGED), or a problem.
     */
    @Transactional(readOnly = true)
    public ImportReport checkAttendanceImport(long sessionId, byte[] file) {
        SessionRow session = session(sessionId);
        return plan(session, AttendanceSheet.read(file)).report();
    }

    /** Imports the list if every row is fine, else nothing; the report says which rows are wrong. */
    @Transactional
    public ImportReport importAttendance(long sessionId, String fileName, byte[] file) {
        SignedInUser me = currentUser.require();
        SessionRow session = session(sessionId);
        Plan plan = plan(session, AttendanceSheet.read(file));
        if (!plan.report().ok()) {
            return plan.report();
        }
        for (Map.Entry<Long, Long> e : plan.cycles().entrySet()) {
            attend(session, e.getKey(), e.getValue(), me);
        }
        audit.recordChangeInCurrentTransaction(
                AuditAction.ATTENDANCE_IMPORTED,
                AuditTarget.SESSION,
                sessionId,
                Map.of(
                        "file",
                        EvidenceFiles.safeName(fileName),
                        "recorded",
                        plan.cycles().size(),
                        "unchanged",
                        plan.report().count(ImportKind.ATTENDANCE, ImportOutcome.UNCHANGED)));
        return plan.report();
    }

    /** An admin withdraws an attendance: its module passes go, and an in-person completion resting on it too. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void withdrawAttendance(long attendanceId, String reason) {
        SignedInUser me = currentUser.require();
        String why = required(reason, 1000, "record.error.reason");
        ManualRecordQueries.AttendanceRef attendance = queries.standingAttendance(attendanceId)
                .orElseThrow(() -> new UserFacingException("record.error.alreadyWithdrawn"));
        queries.withdrawAttendance(attendanceId, me.id(), why);
        Long completion = null;
        if (attendance.assignmentId() != null) {
            Optional<ManualRecordQueries.CompletionRef> standing =
                    queries.standingCompletion(attendance.userId(), attendance.assignmentId());
            if (standing.isPresent()
                    && standing.get().kind().equals("IN_PERSON")
                    && queries.lastPass(attendance.userId(), attendance.assignmentId())
                            .isEmpty()) {
                completion = standing.get().id();
                withdrawCompletion(standing.get(), me, why);
            }
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("sessionId", attendance.sessionId());
        details.put("userId", attendance.userId());
        details.put("reason", why);
        details.put("completionWithdrawn", completion);
        audit.recordChangeInCurrentTransaction(
                AuditAction.ATTENDANCE_WITHDRAWN, AuditTarget.ATTENDANCE, attendanceId, details);
    }

    /** Closes a person's cycle as exempt. */
    @Transactional
    public long exempt(ExemptionDraft draft) {
        SignedInUser me = currentUser.require();
        queries.personUnitInScope(draft.userId(), scope(me))
                .orElseThrow(
                        () -> new AccessDeniedException("Person " + draft.userId() + " is outside the viewer's units"));
        if (!queries.cycleOf(draft.userId(), draft.assignmentId())) {
            throw new AccessDeniedException("Cycle " + draft.assignmentId() + " is not the person's");
        }
        String reason = required(draft.reason(), 1000, "exemption.error.reason");
        String approvedBy = required(draft.approvedBy(), 200, "exemption.error.approvedBy");
        if (draft.approvedOn() == null || draft.approvedOn().isAfter(today())) {
            throw new UserFacingException("exemption.error.approvedOn");
        }
        if (queries.standingCompletion(draft.userId(), draft.assignmentId()).isPresent()) {
            throw new UserFacingException("exemption.error.closed");
        }
        Long evidence = evidence(draft.evidence(), me);
        long exemption = queries.insertExemption(
                draft.userId(), draft.assignmentId(), reason, approvedBy, draft.approvedOn(), evidence, me.id());
        long completion =
                queries.insertExemptCompletion(draft.userId(), draft.assignmentId(), exemption, clock.instant());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("userId", draft.userId());
        details.put("assignmentId", draft.assignmentId());
        details.put("reason", reason);
        details.put("approvedBy", approvedBy);
        details.put("approvedOn", draft.approvedOn().toString());
        details.put("completionId", completion);
        details.put("evidence", evidence != null);
        audit.recordChangeInCurrentTransaction(
                AuditAction.EXEMPTION_RECORDED, AuditTarget.EXEMPTION, exemption, details);
        return exemption;
    }

    /**
     * An admin withdraws a manual record that closed a cycle (an exemption or an in-person completion): the
     * cycle is open again, the record stays in history marked withdrawn, its certificate is revoked.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void withdrawCompletion(long completionId, String reason) {
        SignedInUser me = currentUser.require();
        String why = required(reason, 1000, "record.error.reason");
        ManualRecordQueries.CompletionRef completion = queries.completion(completionId)
                .filter(c -> !c.kind().equals("ONLINE"))
                .orElseThrow(() -> new UserFacingException("record.error.alreadyWithdrawn"));
        withdrawCompletion(completion, me, why);
        if (completion.kind().equals("IN_PERSON")) {
            // the attendances it rests on go with it, or the next quiz would complete the cycle again
            for (long attendance : queries.standingAttendances(completion.userId(), completion.assignmentId())) {
                queries.withdrawAttendance(attendance, me.id(), why);
                audit.recordChangeInCurrentTransaction(
                        AuditAction.ATTENDANCE_WITHDRAWN,
                        AuditTarget.ATTENDANCE,
                        attendance,
                        Map.of("reason", why, "completionWithdrawn", completion.id()));
            }
        }
    }

    /** An evidence file, if it belongs to a session or exemption within the viewer's units. */
    @Transactional(readOnly = true)
    public Optional<ManualRecordQueries.Evidence> evidence(long evidenceId) {
        return queries.evidence(evidenceId, scope(currentUser.require()));
    }

    private void withdrawCompletion(ManualRecordQueries.CompletionRef completion, SignedInUser me, String why) {
        queries.withdrawCompletion(completion.id(), me.id(), why);
        events.publishEvent(new CompletionWithdrawn(completion.id(), why));
        audit.recordChangeInCurrentTransaction(
                AuditAction.RECORD_WITHDRAWN,
                AuditTarget.COMPLETION,
                completion.id(),
                Map.of(
                        "userId", completion.userId(),
                        "assignmentId", completion.assignmentId(),
                        "kind", completion.kind(),
                        "reason", why));
    }

    private record Plan(ImportReport report, Map<Long, Long> cycles) {}

    private Plan plan(SessionRow session, List<AttendanceSheet.Line> lines) {
        List<ImportLine> out = new ArrayList<>();
        Map<Long, Long> cycles = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (AttendanceSheet.Line line : lines) {
            String code = line.code();
            if (code.length() > 64) {
                out.add(error(line, code, code.substring(0, 64), "session.import.unknown"));
                continue;
            }
            if (!seen.add(code.toLowerCase(java.util.Locale.ROOT))) {
                out.add(error(line, code, code, "session.import.duplicate"));
                continue;
            }
            Optional<ManualRecordQueries.Candidate> found = queries.candidateByCode(session.id(), code);
            if (found.isEmpty()) {
                out.add(error(line, code, code, "session.import.unknown"));
                continue;
            }
            ManualRecordQueries.Candidate person = found.get();
            if (!person.inSessionUnit()) {
                // the same answer as an unknown code: the list must not reveal people outside the unit
                out.add(error(line, code, code, "session.import.unknown"));
                continue;
            }
            if (person.attended()) {
                out.add(new ImportLine(
                        null,
                        line.row(),
                        ImportKind.ATTENDANCE,
                        code,
                        person.fullName(),
                        ImportOutcome.UNCHANGED,
                        List.of()));
                continue;
            }
            Optional<Long> cycle = queries.openCycle(person.userId(), session.editionId(), session.heldOn());
            if (cycle.isEmpty()) {
                out.add(error(line, code, person.fullName(), "session.import.noCycle"));
                continue;
            }
            cycles.put(person.userId(), cycle.get());
            out.add(new ImportLine(
                    null, line.row(), ImportKind.ATTENDANCE, code, person.fullName(), ImportOutcome.CREATE, List.of()));
        }
        return new Plan(new ImportReport(out), cycles);
    }

    private static ImportLine error(AttendanceSheet.Line line, String code, String label, String key) {
        return new ImportLine(
                null,
                line.row(),
                ImportKind.ATTENDANCE,
                code,
                label,
                ImportOutcome.ERROR,
                List.of(ImportProblem.of(key)));
    }

    private void attend(SessionRow session, long userId, long cycle, SignedInUser me) {
        long attendance = queries.insertAttendance(session.id(), userId, cycle, me.id());
        Instant heldAt =
                session.heldOn().atTime(8, 0).atZone(TimeConfiguration.ZONE).toInstant();
        queries.passByAttendance(attendance, userId, cycle, session.id(), heldAt);
        queries.lastPass(userId, cycle).ifPresent(at -> completions.completeIfAllPassed(userId, cycle, at));
    }

    private Long evidence(EvidenceUpload upload, SignedInUser me) {
        if (upload == null || upload.content().length == 0) {
            return null;
        }
        byte[] content = upload.content();
        String type =
                EvidenceFiles.contentType(content).orElseThrow(() -> new UserFacingException("evidence.error.type"));
        if (content.length > EvidenceFiles.MAX_BYTES) {
            throw new UserFacingException("evidence.error.size", EvidenceFiles.MAX_BYTES / (1024 * 1024));
        }
        return queries.insertEvidence(EvidenceFiles.safeName(upload.fileName()), type, content, me.id());
    }

    /** The viewer's subtree path; null (everything) for an admin. */
    private String scope(SignedInUser me) {
        if (me.has(Role.ADMIN)) {
            return null;
        }
        if (!me.has(Role.UNIT_HEAD)) {
            throw new AccessDeniedException("Not a unit head");
        }
        return queries.unitPath(me.unitId());
    }

    private static String required(String value, int max, String key) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.length() > max) {
            throw new UserFacingException(key, max);
        }
        return v;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TimeConfiguration.ZONE));
    }
}
