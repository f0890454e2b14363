package vn.daotao.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daotao.audit.AuditAction;
import vn.daotao.audit.AuditLog;
import vn.daotao.audit.AuditTarget;
import vn.daotao.base.UserFacingException;
import vn.daotao.base.text.SearchText;
import vn.daotao.progress.internal.AssignmentQueries;
import vn.daotao.security.CurrentUser;
import vn.daotao.security.SignedInUser;

/**
 * Admins assign a published course edition to units (with or without their sub-units) and people, one
 * assignment row (one cycle) per target. Who a unit assignment reaches is worked out when asked, from the
 * unit subtree as it is then, so people who join the unit later are assigned too.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class AssignmentService {

    static final AuditTarget TARGET = AuditTarget.ASSIGNMENT;
    /** A due date further out than this is a typo, not a plan. */
    static final int MAX_YEARS_AHEAD = 5;

    private final AssignmentQueries queries;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    AssignmentService(AssignmentQueries queries, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.queries = queries;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<AssignmentRow> assignments(int offset, int limit) {
        return queries.page(offset, limit);
    }

    @Transactional(readOnly = true)
    public int countAssignments() {
        return queries.count();
    }

    @Transactional(readOnly = true)
    public List<AssignableEdition> publishedEditions() {
        return queries.publishedEditions();
    }

    @Transactional(readOnly = true)
    public List<TargetUnit> searchUnits(String text, int offset, int limit) {
        return queries.units(text, offset, limit);
    }

    /** By name, user name or employee code, accents and case ignored. */
    @Transactional(readOnly = true)
    public List<TargetPerson> searchPeople(String text, int offset, int limit) {
        return queries.people(SearchText.fold(text), offset, limit);
    }

    /**
     * Creates one assignment per target, all or none: a duplicate (same edition, same target, overlapping
     * period) refuses the whole form and names the targets concerned.
     */
    @Transactional
    public List<Long> create(AssignmentData data) {
        SignedInUser me = currentUser.require();
        LocalDate today = LocalDate.now(clock);
        AssignableEdition edition = queries.publishedEdition(data.editionId())
                .orElseThrow(() -> new UserFacingException("assignments.error.edition"));
        LocalDate start = data.periodStart() == null ? today : data.periodStart();
        checkDueDate(data.dueDate(), start, today);
        Recurrence recurrence = data.recurrence() == null ? Recurrence.NONE : data.recurrence();
        List<Integer> reminderDays = reminderDays(data.reminderDays());

        Map<Long, Boolean> units = new LinkedHashMap<>();
        data.units().forEach(u -> units.putIfAbsent(u.unitId(), u.includeSubunits()));
        Set<Long> people = new LinkedHashSet<>(data.userIds());
        if (units.isEmpty() && people.isEmpty()) {
            throw new UserFacingException("assignments.error.noTarget");
        }
        Map<Long, TargetUnit> unitTargets = new LinkedHashMap<>();
        for (long id : units.keySet()) {
            unitTargets.put(
                    id, queries.activeUnit(id).orElseThrow(() -> new UserFacingException("assignments.error.unit")));
        }
        Map<Long, TargetPerson> personTargets = new LinkedHashMap<>();
        for (long id : people) {
            personTargets.put(
                    id,
                    queries.enabledPerson(id).orElseThrow(() -> new UserFacingException("assignments.error.person")));
        }

        queries.lockEdition(edition.id());
        List<String> duplicates = new ArrayList<>();
        unitTargets.values().stream()
                .filter(u -> queries.overlaps(edition.id(), u.id(), null, start, data.dueDate(), null))
                .forEach(u -> duplicates.add(u.name()));
        personTargets.values().stream()
                .filter(p -> queries.overlaps(edition.id(), null, p.id(), start, data.dueDate(), null))
                .forEach(p -> duplicates.add(p.fullName()));
        if (!duplicates.isEmpty()) {
            throw new UserFacingException("assignments.error.duplicate", String.join(", ", duplicates));
        }

        List<Long> ids = new ArrayList<>();
        for (TargetUnit u : unitTargets.values()) {
            boolean sub = units.get(u.id());
            long id = queries.insert(
                    edition.id(), u.id(), sub, null, start, data.dueDate(), recurrence, reminderDays, me.id());
            Map<String, Object> after = common(edition, start, data.dueDate(), recurrence);
            after.put("reminderDays", reminderDays);
            after.put("unit", u.name() + " (" + u.code() + ")");
            after.put("includeSubunits", sub);
            audit.recordChangeInCurrentTransaction(AuditAction.ASSIGNMENT_CREATED, TARGET, id, Map.of("after", after));
            ids.add(id);
        }
        for (TargetPerson p : personTargets.values()) {
            long id = queries.insert(
                    edition.id(), null, false, p.id(), start, data.dueDate(), recurrence, reminderDays, me.id());
            Map<String, Object> after = common(edition, start, data.dueDate(), recurrence);
            after.put("reminderDays", reminderDays);
            after.put("person", p.fullName() + (p.employeeCode() == null ? "" : " (" + p.employeeCode() + ")"));
            audit.recordChangeInCurrentTransaction(AuditAction.ASSIGNMENT_CREATED, TARGET, id, Map.of("after", after));
            ids.add(id);
        }
        return ids;
    }

    /**
     * The reminder days as kept: each from 1 to 90, at most five, largest first, no repeats (refused otherwise with
     * a message that says so).
     */
    static List<Integer> reminderDays(List<Integer> days) {
        List<Integer> sorted = days.stream()
                .distinct()
                .sorted(java.util.Comparator.reverseOrder())
                .toList();
        if (sorted.size() > 5 || sorted.stream().anyMatch(d -> d == null || d < 1 || d > 90)) {
            throw new UserFacingException("assignments.error.reminderDays");
        }
        return sorted;
    }

    /** How many enabled people the assignment would reach if created now (for the admin's confirmation). */
    @Transactional(readOnly = true)
    public int reach(AssignmentData data) {
        currentUser.require();
        List<Long> withSub = new ArrayList<>();
        List<Long> only = new ArrayList<>();
        data.units().forEach(u -> (u.includeSubunits() ? withSub : only).add(u.unitId()));
        return queries.reach(withSub, only, data.userIds());
    }

    /** Moves the due date of one cycle (e.g. to give people more time); false when it is already that date. */
    @Transactional
    public boolean changeDueDate(long assignmentId, LocalDate dueDate) {
        AssignmentRow row =
                queries.find(assignmentId).orElseThrow(() -> new UserFacingException("assignments.error.notFound"));
        checkDueDate(dueDate, row.periodStart(), LocalDate.now(clock));
        if (dueDate.equals(row.dueDate())) {
            return false;
        }
        queries.lockEdition(row.editionId());
        if (queries.overlaps(row.editionId(), row.unitId(), row.userId(), row.periodStart(), dueDate, row.id())) {
            throw new UserFacingException(
                    "assignments.error.duplicate", row.unitId() != null ? row.unitName() : row.personName());
        }
        queries.updateDueDate(assignmentId, dueDate);
        audit.recordChangeInCurrentTransaction(
                AuditAction.ASSIGNMENT_UPDATED,
                TARGET,
                assignmentId,
                Map.of(
                        "before",
                        Map.of("dueDate", row.dueDate().toString()),
                        "after",
                        Map.of("dueDate", dueDate.toString())));
        return true;
    }

    private static void checkDueDate(LocalDate due, LocalDate start, LocalDate today) {
        if (due == null) {
            throw new UserFacingException("assignments.error.dueRequired");
        }
        if (due.isBefore(today)) {
            throw new UserFacingException("assignments.error.duePast");
        }
        if (due.isBefore(start)) {
            throw new UserFacingException("assignments.error.dueBeforeStart");
        }
        if (due.isAfter(today.plusYears(MAX_YEARS_AHEAD)) || start.isBefore(today.minusYears(MAX_YEARS_AHEAD))) {
            throw new UserFacingException("assignments.error.tooFar", MAX_YEARS_AHEAD);
        }
    }

    private static Map<String, Object> common(
            AssignableEdition edition, LocalDate start, LocalDate due, Recurrence recurrence) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("course", edition.title());
        after.put("editionNo", edition.editionNo());
        after.put("periodStart", start.toString());
        after.put("dueDate", due.toString());
        after.put("recurrence", recurrence.name());
        return after;
    }
}
