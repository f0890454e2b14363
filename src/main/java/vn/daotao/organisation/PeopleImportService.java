package vn.daotao.organisation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daotao.audit.AuditAction;
import vn.daotao.audit.AuditLog;
import vn.daotao.audit.AuditTarget;
import vn.daotao.base.UserFacingException;
import vn.daotao.base.imports.ImportKind;
import vn.daotao.base.imports.ImportOutcome;
import vn.daotao.base.imports.ImportReport;
import vn.daotao.organisation.internal.ImportFiles;
import vn.daotao.organisation.internal.ImportFiles.Column;
import vn.daotao.organisation.internal.ImportPlanner;
import vn.daotao.organisation.internal.ImportPlanner.PersonAction;
import vn.daotao.organisation.internal.ImportPlanner.Plan;
import vn.daotao.organisation.internal.ImportTemplates;
import vn.daotao.organisation.internal.ImportWriter;
import vn.daotao.organisation.internal.OneTimePasswords;
import vn.daotao.organisation.internal.PeopleStore;
import vn.daotao.organisation.internal.UnitStore;
import vn.daotao.security.CurrentUser;

/**
 * Units and people from a CSV or XLSX file: a dry run reports every row, then the import writes all
 * rows in one transaction or none. A second import of the same people updates them (matched by
 * employee code; units by unit code) instead of adding them twice.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class PeopleImportService {

    public static final int MAX_BYTES = ImportFiles.MAX_BYTES;
    public static final int MAX_ROWS = ImportFiles.MAX_ROWS;

    private final UnitStore units;
    private final PeopleStore people;
    private final OneTimePasswords passwords;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final ImportWriter writer;

    PeopleImportService(
            UnitStore units,
            PeopleStore people,
            OneTimePasswords passwords,
            CurrentUser currentUser,
            AuditLog audit,
            JdbcClient jdbc,
            ImportWriter writer) {
        this.units = units;
        this.people = people;
        this.writer = writer;
        this.passwords = passwords;
        this.currentUser = currentUser;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** What the import would do, row by row; writes nothing. */
    @Transactional(readOnly = true)
    public ImportReport check(byte[] content) {
        return plan(ImportFiles.read(content)).report();
    }

    /**
     * Imports every row, or nothing when any row has a problem (then a UserFacingException, and the
     * caller shows {@link #check} again). Created accounts get a one-time password they must change.
     */
    @Transactional
    public ImportResult importFile(String fileName, byte[] content) {
        return importFile(fileName, content, (done, total) -> {});
    }

    /** What an import has done so far, in steps: each password made and each row written is one. */
    @FunctionalInterface
    public interface Progress {
        void at(int done, int total);
    }

    /** {@link #importFile(String, byte[])}, telling {@code progress} how far it is (from any thread). */
    @Transactional
    public ImportResult importFile(String fileName, byte[] content, Progress progress) {
        List<ImportFiles.Table> tables = ImportFiles.read(content);
        // One import at a time: the plan stays true until the transaction ends.
        jdbc.sql("select pg_advisory_xact_lock(hashtext('people-import'))")
                .query(Object.class)
                .single();
        Plan plan = plan(tables);
        if (!plan.report().ok()) {
            throw new UserFacingException(
                    "people.import.error.rows", plan.report().errors());
        }
        Map<String, Long> unitIds = writer.writeUnits(plan.units());
        List<ImportResult.InitialPassword> created = new ArrayList<>();
        int creates = (int) plan.people().stream()
                .filter(a -> a.outcome() == ImportOutcome.CREATE)
                .count();
        int total = plan.units().size() + creates + plan.people().size();
        java.util.concurrent.atomic.AtomicInteger done =
                new java.util.concurrent.atomic.AtomicInteger(plan.units().size());
        progress.at(done.get(), total);
        // Hashing is most of the work of a large import: done on every core before the inserts.
        Map<PersonAction, String[]> credentials = new java.util.concurrent.ConcurrentHashMap<>();
        plan.people().parallelStream()
                .filter(a -> a.outcome() == ImportOutcome.CREATE)
                .forEach(a -> {
                    String password = passwords.generate(a.username());
                    credentials.put(a, new String[] {password, passwords.bulkHash(password)});
                    int now = done.incrementAndGet();
                    if (now % 100 == 0) {
                        progress.at(now, total);
                    }
                });
        for (PersonAction a : plan.people()) {
            int now = done.incrementAndGet();
            if (now % 100 == 0) {
                progress.at(now, total);
            }
            long unitId = unitIds.get(ImportWriter.key(a.unitCode()));
            if (a.outcome() == ImportOutcome.CREATE) {
                String password = credentials.get(a)[0];
                people.insert(
                        a.username(),
                        a.fullName(),
                        a.employeeCode(),
                        a.email(),
                        unitId,
                        a.roles(),
                        true,
                        credentials.get(a)[1]);
                created.add(new ImportResult.InitialPassword(
                        a.employeeCode(), a.fullName(), a.username(), a.unitCode(), password));
            } else if (a.outcome() == ImportOutcome.UPDATE) {
                writer.update(a, unitId);
            }
        }
        ImportReport report = plan.report();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("file", fileName);
        details.put("unitsCreated", report.count(ImportKind.UNIT, ImportOutcome.CREATE));
        details.put("unitsUpdated", report.count(ImportKind.UNIT, ImportOutcome.UPDATE));
        details.put("peopleCreated", report.count(ImportKind.PERSON, ImportOutcome.CREATE));
        details.put("peopleUpdated", report.count(ImportKind.PERSON, ImportOutcome.UPDATE));
        details.put(
                "unchanged",
                report.count(ImportKind.UNIT, ImportOutcome.UNCHANGED)
                        + report.count(ImportKind.PERSON, ImportOutcome.UNCHANGED));
        audit.recordChangeInCurrentTransaction(AuditAction.PEOPLE_IMPORTED, AuditTarget.IMPORT, fileName, details);
        progress.at(total, total);
        return new ImportResult(report, created);
    }

    /** A unit sent by another system (the REST API): its code, name and its parent's code (none: a top unit). */
    public record UnitUpsert(String code, String name, String parentCode) {}

    /** A person sent by another system (the REST API); roles stay in this application. */
    public record PersonUpsert(String employeeCode, String fullName, String username, String email, String unitCode) {}

    /**
     * Units and people sent by another system (the REST API, {@code source} names its token): the file import's
     * rules row by row, then all or nothing. The report says what each row did, or why nothing was written (then a
     * {@link Rejected}). New people get the Employee role and no usable local password: they sign in with the
     * directory or single sign-on, or an administrator gives them a one-time password. Audited as an import.
     */
    @PreAuthorize("hasAuthority('SCOPE_write:people')")
    @Transactional
    public ImportReport upsert(List<UnitUpsert> unitRows, List<PersonUpsert> personRows, String source) {
        // a field left out keeps its value; administrators' accounts are not another system's to change
        Map<String, UnitStore.UnitRecord> unitsByCode = new java.util.HashMap<>();
        Map<Long, String> unitCodes = new java.util.HashMap<>();
        for (UnitStore.UnitRecord u : units.all()) {
            unitsByCode.put(ImportWriter.key(u.code()), u);
            unitCodes.put(u.id(), u.code());
        }
        unitRows = unitRows.stream()
                .map(u -> {
                    UnitStore.UnitRecord known = u.code() == null ? null : unitsByCode.get(ImportWriter.key(u.code()));
                    return known == null
                            ? u
                            : new UnitUpsert(
                                    u.code(),
                                    u.name() != null ? u.name() : known.name(),
                                    u.parentCode() != null
                                            ? u.parentCode()
                                            : known.parentId() == null ? null : unitCodes.get(known.parentId()));
                })
                .toList();
        Map<String, PeopleStore.PersonRecord> known = new java.util.HashMap<>();
        people.byEmployeeCodes(personRows.stream()
                        .map(PersonUpsert::employeeCode)
                        .filter(java.util.Objects::nonNull)
                        .toList())
                .forEach(r -> known.put(ImportWriter.key(r.employeeCode()), r));
        List<vn.daotao.base.imports.ImportLine> refused = new ArrayList<>();
        List<PersonUpsert> filled = new ArrayList<>();
        for (PersonUpsert p : personRows) {
            PeopleStore.PersonRecord e =
                    p.employeeCode() == null ? null : known.get(ImportWriter.key(p.employeeCode()));
            if (e != null && e.roles().contains(vn.daotao.security.Role.ADMIN)) {
                refused.add(new vn.daotao.base.imports.ImportLine(
                        "api",
                        1,
                        ImportKind.PERSON,
                        p.employeeCode(),
                        e.fullName(),
                        ImportOutcome.ERROR,
                        List.of(vn.daotao.base.imports.ImportProblem.of("people.api.problem.admin"))));
                continue;
            }
            filled.add(
                    e == null
                            ? p
                            : new PersonUpsert(
                                    p.employeeCode(),
                                    p.fullName() != null ? p.fullName() : e.fullName(),
                                    p.username() != null ? p.username() : e.username(),
                                    p.email() != null ? p.email() : e.email(),
                                    p.unitCode() != null ? p.unitCode() : unitCodes.get(e.unitId())));
        }
        if (!refused.isEmpty()) {
            throw new Rejected(new ImportReport(refused));
        }
        personRows = filled;
        List<ImportFiles.Line> unitLines = new ArrayList<>();
        int row = 0;
        for (UnitUpsert u : unitRows) {
            Map<Column, String> values = new java.util.HashMap<>();
            values.put(Column.UNIT_CODE, u.code());
            values.put(Column.UNIT_NAME, u.name());
            values.put(Column.PARENT_CODE, u.parentCode());
            unitLines.add(new ImportFiles.Line("api", ++row, values));
        }
        List<ImportFiles.Line> personLines = new ArrayList<>();
        for (PersonUpsert p : personRows) {
            Map<Column, String> values = new java.util.HashMap<>();
            values.put(Column.EMPLOYEE_CODE, p.employeeCode());
            values.put(Column.FULL_NAME, p.fullName());
            values.put(Column.USERNAME, p.username());
            values.put(Column.EMAIL, p.email());
            values.put(Column.PERSON_UNIT, p.unitCode());
            personLines.add(new ImportFiles.Line("api", ++row, values));
        }
        List<ImportFiles.Table> tables = List.of(
                new ImportFiles.Table(ImportFiles.Kind.UNITS, "api", unitLines),
                new ImportFiles.Table(ImportFiles.Kind.PEOPLE, "api", personLines));
        jdbc.sql("select pg_advisory_xact_lock(hashtext('people-import'))")
                .query(Object.class)
                .single();
        Set<String> codes = ImportPlanner.values(tables, Column.EMPLOYEE_CODE);
        Set<String> usernames = ImportPlanner.values(tables, Column.USERNAME);
        Plan plan = new ImportPlanner(units.all(), people.byEmployeeCodes(codes), people.byUsernames(usernames), 0)
                .plan(tables);
        if (!plan.report().ok()) {
            throw new Rejected(plan.report());
        }
        Map<String, Long> unitIds = writer.writeUnits(plan.units());
        String unusable = plan.people().stream().anyMatch(a -> a.outcome() == ImportOutcome.CREATE)
                ? passwords.bulkHash(java.util.UUID.randomUUID().toString())
                : null;
        for (PersonAction a : plan.people()) {
            long unitId = unitIds.get(ImportWriter.key(a.unitCode()));
            if (a.outcome() == ImportOutcome.CREATE) {
                long id = people.insert(
                        a.username(), a.fullName(), a.employeeCode(), a.email(), unitId, a.roles(), true, unusable);
                // no one-time password to choose from: nobody knows the local one
                jdbc.sql("update app_user set must_change_password = false where id = :id")
                        .param("id", id)
                        .update();
            } else if (a.outcome() == ImportOutcome.UPDATE) {
                writer.update(a, unitId);
            }
        }
        ImportReport report = plan.report();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("file", source);
        details.put("unitsCreated", report.count(ImportKind.UNIT, ImportOutcome.CREATE));
        details.put("unitsUpdated", report.count(ImportKind.UNIT, ImportOutcome.UPDATE));
        details.put("peopleCreated", report.count(ImportKind.PERSON, ImportOutcome.CREATE));
        details.put("peopleUpdated", report.count(ImportKind.PERSON, ImportOutcome.UPDATE));
        if (report.count(ImportKind.UNIT, ImportOutcome.CREATE)
                        + report.count(ImportKind.UNIT, ImportOutcome.UPDATE)
                        + report.count(ImportKind.PERSON, ImportOutcome.CREATE)
                        + report.count(ImportKind.PERSON, ImportOutcome.UPDATE)
                > 0) {
            audit.recordChangeInCurrentTransaction(AuditAction.PEOPLE_IMPORTED, AuditTarget.IMPORT, source, details);
        }
        return report;
    }

    /** Rows sent by another system that break the import's rules: nothing was written. */
    public static final class Rejected extends RuntimeException {
        private final transient ImportReport report;

        Rejected(ImportReport report) {
            super("Rows refused by the import rules");
            this.report = report;
        }

        public ImportReport report() {
            return report;
        }
    }

    /** The template of one table as a UTF-8 CSV with BOM (so that spreadsheet programs read the accents). */
    public byte[] csvTemplate(boolean peopleTable) {
        return ImportTemplates.csv(peopleTable ? ImportFiles.Kind.PEOPLE : ImportFiles.Kind.UNITS);
    }

    /** Both tables as sheets of one workbook. */
    public byte[] xlsxTemplate() {
        return ImportTemplates.xlsx();
    }

    private Plan plan(List<ImportFiles.Table> tables) {
        Set<String> codes = ImportPlanner.values(tables, Column.EMPLOYEE_CODE);
        Set<String> usernames = ImportPlanner.values(tables, Column.USERNAME);
        return new ImportPlanner(
                        units.all(),
                        people.byEmployeeCodes(codes),
                        people.byUsernames(usernames),
                        currentUser.require().id())
                .plan(tables);
    }
}
