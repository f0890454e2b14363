package vn.daotao.organisation.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.daotao.audit.AuditAction;
import vn.daotao.audit.AuditLog;
import vn.daotao.audit.AuditTarget;
import vn.daotao.base.UserFacingException;
import vn.daotao.base.imports.ImportKind;
import vn.daotao.base.imports.ImportOutcome;
import vn.daotao.base.imports.ImportReport;
import vn.daotao.organisation.internal.DirectoryTree.PersonEntry;
import vn.daotao.organisation.internal.DirectoryTree.Snapshot;
import vn.daotao.organisation.internal.DirectoryTree.UnitEntry;
import vn.daotao.organisation.internal.ImportFiles.Column;
import vn.daotao.organisation.internal.ImportFiles.Line;
import vn.daotao.organisation.internal.ImportFiles.Table;
import vn.daotao.organisation.internal.ImportPlanner.PersonAction;
import vn.daotao.organisation.internal.ImportPlanner.Plan;
import vn.daotao.security.DirectoryProperties;

/**
 * Units and people from the directory, with the file import's rules ({@link ImportPlanner}): a dry run row by
 * row, then everything in one transaction or nothing. On top of the import: each person's directory entry is
 * recorded (their sign-in then needs it), accounts made here have no usable local password (they sign in with the
 * directory's), and a person the directory no longer lists is disabled once the grace period has passed, never
 * deleted; the sync enables again the people it disabled when they come back. Administrators are never disabled.
 * Callers check who may run it (the admin service, the nightly job).
 */
@Component
public class DirectorySync {

    private static final Logger log = LoggerFactory.getLogger(DirectorySync.class);
    private static final tools.jackson.databind.json.JsonMapper JSON =
            tools.jackson.databind.json.JsonMapper.builder().build();

    /** What happens to a person the directory no longer lists, or lists again. */
    public enum AbsenceStep {
        /** first found missing: the grace period starts */
        MISSING,
        /** still missing, within the grace period */
        WAITING,
        /** missing for longer than the grace period: disabled now */
        DISABLE,
        /** listed again: the mark goes, and the account is enabled again when the sync had disabled it */
        BACK
    }

    public record Absence(
            long userId,
            String employeeCode,
            String fullName,
            Instant missingSince,
            Instant disableAt,
            AbsenceStep step) {}

    /**
     * A dry run: the rows, the people missing from the directory, how many entries were read, and a reason that
     * refuses the whole sync though every row is fine ({@code guard}, a message key with {@code guardArgs}; null
     * when none): the directory listed nobody, or far more people went missing at once than a reorganisation
     * explains (a reading account that lost its rights, a changed filter). Nothing is disabled then.
     */
    public record Preview(
            ImportReport report, List<Absence> absences, int units, int people, String guard, List<Object> guardArgs) {
        public boolean ok() {
            return report.ok() && guard == null;
        }

        public long count(AbsenceStep step) {
            return absences.stream().filter(a -> a.step() == step).count();
        }
    }

    /** The sync was refused because rows have problems: nothing changed; the dry run says which rows. */
    public static final class Refused extends UserFacingException {
        private final transient Preview preview;

        Refused(Preview preview) {
            super(
                    preview.guard() != null ? preview.guard() : "directory.sync.error.rows",
                    preview.guard() != null
                            ? preview.guardArgs().toArray()
                            : new Object[] {preview.report().errors()});
            this.preview = preview;
        }

        public Preview preview() {
            return preview;
        }
    }

    private final DirectoryProperties settings;
    private final UnitStore units;
    private final PeopleStore people;
    private final OneTimePasswords passwords;
    private final ImportWriter writer;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    DirectorySync(
            DirectoryProperties settings,
            UnitStore units,
            PeopleStore people,
            OneTimePasswords passwords,
            ImportWriter writer,
            AuditLog audit,
            JdbcClient jdbc,
            Clock clock) {
        this.settings = settings;
        this.units = units;
        this.people = people;
        this.passwords = passwords;
        this.writer = writer;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether the sync can run: the directory is configured and people carry an employee code there. */
    public boolean configured() {
        return settings.enabled()
                && !settings.url().isBlank()
                && !settings.employeeCodeAttribute().isBlank();
    }

    /** What a sync would do now; writes nothing. {@code meId}: the admin asking (0 for the nightly job). */
    public Preview preview(long meId) {
        Snapshot tree = read();
        Planned planned = plan(tree, meId);
        return planned.preview();
    }

    /**
     * Runs the sync in the caller's transaction: everything, or nothing and a UserFacingException when a row has
     * a problem (the refusal is recorded by the caller, outside this transaction). {@code actor}: the admin's
     * user name, or null for the nightly job.
     */
    public Preview apply(long meId, String actor, String trigger) {
        requireConfigured();
        Snapshot tree = read();
        // One sync or import at a time: the plan stays true until the transaction ends.
        jdbc.sql("select pg_advisory_xact_lock(hashtext('people-import'))")
                .query(Object.class)
                .single();
        Planned planned = plan(tree, meId);
        Preview preview = planned.preview();
        if (!preview.ok()) {
            throw new Refused(preview);
        }
        Map<String, Long> unitIds = writer.writeUnits(planned.plan().units());
        // a password nobody knows (cost 4: the sign-in's check takes as long as any, EqualTimePasswordEncoder)
        String unusable = passwords.bulkHash(UUID.randomUUID().toString());
        for (PersonAction a : planned.plan().people()) {
            long unitId = unitIds.get(ImportWriter.key(a.unitCode()));
            String dn = planned.dns().get(ImportWriter.key(a.employeeCode()));
            long id;
            if (a.outcome() == ImportOutcome.CREATE) {
                // no local password that anyone knows: the person signs in with the directory's
                id = people.insert(
                        a.username(), a.fullName(), a.employeeCode(), a.email(), unitId, a.roles(), true, unusable);
            } else {
                id = a.existing().id();
                if (a.outcome() == ImportOutcome.UPDATE) {
                    writer.update(a, unitId);
                }
            }
            // A first link (a new account, or one imported or made here before) works as a first directory sign-in:
            // the local password, a one-time one included, no longer opens it; administrators keep theirs.
            jdbc.sql("""
                            update app_user
                               set password_hash = case when directory_dn is null and not ('ADMIN' = any (roles))
                                                        then :unusable else password_hash end,
                                   must_change_password = must_change_password
                                                          and (directory_dn is not null or 'ADMIN' = any (roles)),
                                   directory_dn = :dn
                             where id = :id and directory_dn is distinct from :dn""")
                    .param("dn", dn)
                    .param("unusable", unusable)
                    .param("id", id)
                    .update();
        }
        Instant now = clock.instant();
        for (Absence a : preview.absences()) {
            switch (a.step()) {
                case MISSING ->
                    jdbc.sql("update app_user set directory_missing_since = :at where id = :id")
                            .param("at", Timestamp.from(now))
                            .param("id", a.userId())
                            .update();
                case DISABLE -> {
                    jdbc.sql("""
                                    update app_user set enabled = false, directory_disabled = true, updated_at = now()
                                     where id = :id""").param("id", a.userId()).update();
                    enabledChange(actor, a, false);
                }
                case BACK -> {
                    boolean wasEnabled = jdbc.sql("select enabled from app_user where id = :id")
                            .param("id", a.userId())
                            .query(Boolean.class)
                            .single();
                    boolean enable = jdbc.sql("""
                                    update app_user set directory_missing_since = null,
                                           enabled = enabled or directory_disabled, directory_disabled = false,
                                           updated_at = now()
                                     where id = :id
                                    returning enabled""")
                                    .param("id", a.userId())
                                    .query(Boolean.class)
                                    .single()
                            && !wasEnabled;
                    if (enable) {
                        enabledChange(actor, a, true);
                    }
                }
                case WAITING -> {}
            }
        }
        Map<String, Object> details = counts(preview);
        details.put("trigger", trigger);
        audit.recordAsInCurrentTransaction(actor, AuditAction.DIRECTORY_SYNCED, AuditTarget.DIRECTORY, null, details);
        record(trigger, actor, "APPLIED", details, null, now);
        return preview;
    }

    /** Each account the sync disables or enables again is audited on its own, as an administrator's change is. */
    private void enabledChange(String actor, Absence a, boolean enabled) {
        String username = jdbc.sql("select username from app_user where id = :id")
                .param("id", a.userId())
                .query(String.class)
                .single();
        audit.recordAsInCurrentTransaction(
                actor,
                AuditAction.USER_UPDATED,
                AuditTarget.USER,
                username,
                Map.of(
                        "before", Map.of("enabled", !enabled),
                        "after", Map.of("enabled", enabled),
                        "source", "directory"));
    }

    /** Records a run that changed nothing (refused, or the directory could not be read), in its own transaction. */
    public void recordRefusal(String trigger, String actor, Preview preview, String message, Instant startedAt) {
        Map<String, Object> details = preview == null ? new LinkedHashMap<>() : counts(preview);
        details.put("trigger", trigger);
        record(trigger, actor, preview == null ? "FAILED" : "REFUSED", details, message, startedAt);
    }

    /** The last runs, newest first. */
    public List<Run> runs(int limit) {
        return jdbc.sql("""
                        select started_at, finished_at, trigger, actor, outcome, counts::text, message
                          from directory_sync_run order by started_at desc, id desc limit :n""")
                .param("n", limit)
                .query((rs, i) -> new Run(
                        rs.getTimestamp(1).toInstant(),
                        rs.getTimestamp(2).toInstant(),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7)))
                .list();
    }

    public record Run(
            Instant startedAt,
            Instant finishedAt,
            String trigger,
            String actor,
            String outcome,
            String counts,
            String message) {}

    /** Whether the nightly job already ran (or was refused) since {@code since}. */
    public boolean ranSince(Instant since) {
        return jdbc.sql(
                        "select exists (select 1 from directory_sync_run where trigger = 'NIGHTLY' and started_at >= :s)")
                .param("s", Timestamp.from(since))
                .query(Boolean.class)
                .single();
    }

    private void record(
            String trigger, String actor, String outcome, Map<String, Object> counts, String message, Instant started) {
        jdbc.sql("""
                        insert into directory_sync_run (started_at, trigger, actor, outcome, counts, message)
                        values (:s, :t, :a, :o, cast(:c as jsonb), :m)""")
                .param("s", Timestamp.from(started))
                .param("t", trigger)
                .param("a", actor)
                .param("o", outcome)
                .param("c", JSON.writeValueAsString(counts))
                .param("m", message)
                .update();
    }

    private static Map<String, Object> counts(Preview preview) {
        ImportReport report = preview.report();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("unitsRead", preview.units());
        details.put("peopleRead", preview.people());
        details.put("unitsCreated", report.count(ImportKind.UNIT, ImportOutcome.CREATE));
        details.put("unitsUpdated", report.count(ImportKind.UNIT, ImportOutcome.UPDATE));
        details.put("peopleCreated", report.count(ImportKind.PERSON, ImportOutcome.CREATE));
        details.put("peopleUpdated", report.count(ImportKind.PERSON, ImportOutcome.UPDATE));
        details.put(
                "unchanged",
                report.count(ImportKind.UNIT, ImportOutcome.UNCHANGED)
                        + report.count(ImportKind.PERSON, ImportOutcome.UNCHANGED));
        details.put("problems", report.errors());
        details.put("missing", preview.count(AbsenceStep.MISSING) + preview.count(AbsenceStep.WAITING));
        details.put("disabled", preview.count(AbsenceStep.DISABLE));
        details.put("back", preview.count(AbsenceStep.BACK));
        return details;
    }

    private void requireConfigured() {
        if (!configured()) {
            throw new UserFacingException("directory.sync.error.notConfigured");
        }
    }

    private Snapshot read() {
        requireConfigured();
        try {
            return DirectoryTree.read(settings);
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            log.warn("The directory could not be read: {} ({})", e.getClass().getSimpleName(), root.getMessage());
            throw new UserFacingException("directory.sync.error.unreachable");
        }
    }

    private record Planned(
            Plan plan,
            Map<String, String> dns,
            List<Absence> absences,
            int units,
            int people,
            String guard,
            List<Object> guardArgs) {
        Preview preview() {
            return new Preview(plan.report(), absences, units, people, guard, guardArgs);
        }
    }

    private Planned plan(Snapshot tree, long meId) {
        // the organisation's top unit (the first made, should there be several) holds the directory's first level
        String top = units.all().stream()
                .filter(u -> u.parentId() == null)
                .min(java.util.Comparator.comparingLong(UnitStore.UnitRecord::id))
                .map(UnitStore.UnitRecord::code)
                .orElse(null);
        List<Line> unitLines = new ArrayList<>();
        int row = 0;
        for (UnitEntry u : tree.units()) {
            Map<Column, String> values = new HashMap<>();
            values.put(Column.UNIT_CODE, u.code());
            values.put(Column.UNIT_NAME, u.name());
            values.put(Column.PARENT_CODE, u.parentCode() == null ? top : u.parentCode());
            unitLines.add(new Line(u.dn(), ++row, values));
        }
        List<Line> personLines = new ArrayList<>();
        Map<String, String> dns = new HashMap<>();
        Set<String> listed = new HashSet<>();
        Set<String> listedDns = new HashSet<>();
        for (PersonEntry p : tree.people()) {
            Map<Column, String> values = new HashMap<>();
            values.put(Column.EMPLOYEE_CODE, p.employeeCode());
            values.put(Column.FULL_NAME, p.fullName());
            values.put(Column.USERNAME, p.username());
            values.put(Column.EMAIL, p.email());
            values.put(Column.PERSON_UNIT, p.unitCode());
            personLines.add(new Line(p.dn(), ++row, values));
            listedDns.add(DirectoryTree.key(p.dn()));
            if (p.employeeCode() != null) {
                dns.putIfAbsent(ImportWriter.key(p.employeeCode()), p.dn());
                listed.add(ImportWriter.key(p.employeeCode()));
            }
        }
        List<Table> tables = List.of(
                new Table(ImportFiles.Kind.UNITS, "directory", unitLines),
                new Table(ImportFiles.Kind.PEOPLE, "directory", personLines));
        Plan plan = new ImportPlanner(
                        units.all(),
                        people.byEmployeeCodes(ImportPlanner.values(tables, Column.EMPLOYEE_CODE)),
                        people.byUsernames(ImportPlanner.values(tables, Column.USERNAME)),
                        meId)
                .plan(tables);
        List<Absence> absences = absences(listed, listedDns);
        int linked = jdbc.sql(
                        "select count(*) from app_user where directory_dn is not null and not ('ADMIN' = any (roles))")
                .query(Integer.class)
                .single();
        long newlyMissing =
                absences.stream().filter(a -> a.step() == AbsenceStep.MISSING).count();
        int limit = Math.max(10, linked * Math.max(0, settings.sync().maxMissingPercent()) / 100);
        String guard = null;
        List<Object> guardArgs = List.of();
        if (tree.people().isEmpty() && linked > 0) {
            guard = "directory.sync.error.empty";
        } else if (newlyMissing > limit) {
            guard = "directory.sync.error.tooManyMissing";
            guardArgs = List.of(newlyMissing, linked, settings.sync().maxMissingPercent());
        }
        return new Planned(
                plan, dns, absences, tree.units().size(), tree.people().size(), guard, guardArgs);
    }

    /**
     * People who came from the directory (an entry is recorded) and are no longer listed, and people marked
     * missing who are listed again. Administrators are the break-glass accounts: never marked.
     */
    private List<Absence> absences(Set<String> listed, Set<String> listedDns) {
        Instant now = clock.instant();
        Duration grace = Duration.ofDays(Math.max(0, settings.sync().graceDays()));
        List<Absence> absences = new ArrayList<>();
        jdbc.sql("""
                        select id, employee_code, full_name, directory_missing_since, enabled, directory_disabled,
                                 directory_dn
                          from app_user
                         where directory_dn is not null and employee_code is not null
                           and not ('ADMIN' = any (roles))
                           and (enabled or directory_disabled or directory_missing_since is not null)""").query(rs -> {
            String code = rs.getString(2);
            Timestamp since = rs.getTimestamp(4);
            boolean enabled = rs.getBoolean(5);
            // listed by employee code, or by entry (a code changed in the directory is a problem row, not a leaver)
            boolean isListed =
                    listed.contains(ImportWriter.key(code)) || listedDns.contains(DirectoryTree.key(rs.getString(7)));
            AbsenceStep step;
            Instant missingSince = since == null ? null : since.toInstant();
            if (isListed) {
                if (since == null && !rs.getBoolean(6)) {
                    return;
                }
                step = AbsenceStep.BACK;
            } else if (!enabled) {
                return; // already disabled (by the sync or by an administrator)
            } else if (since == null) {
                step = AbsenceStep.MISSING;
                missingSince = now;
            } else if (!since.toInstant().plus(grace).isAfter(now)) {
                step = AbsenceStep.DISABLE;
            } else {
                step = AbsenceStep.WAITING;
            }
            absences.add(new Absence(
                    rs.getLong(1),
                    code,
                    rs.getString(3),
                    missingSince,
                    missingSince == null ? null : missingSince.plus(grace),
                    step));
        });
        absences.sort(java.util.Comparator.comparing(Absence::employeeCode));
        return absences;
    }
}
