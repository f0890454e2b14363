package vn.daotao.organisation.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.daotao.base.imports.ImportKind;
import vn.daotao.base.imports.ImportLine;
import vn.daotao.base.imports.ImportOutcome;
import vn.daotao.base.imports.ImportProblem;
import vn.daotao.base.imports.ImportReport;
import vn.daotao.base.text.SearchText;
import vn.daotao.organisation.internal.ImportFiles.Column;
import vn.daotao.organisation.internal.ImportFiles.Line;
import vn.daotao.organisation.internal.ImportFiles.Table;
import vn.daotao.organisation.internal.PeopleStore.PersonRecord;
import vn.daotao.organisation.internal.UnitStore.UnitRecord;
import vn.daotao.security.Role;

/**
 * Decides, without writing anything, what an import does with each row: create, update, leave as is,
 * or refuse with its problems. Units are matched by unit code, people by employee code (both ignoring
 * case). A pure function of the file and the current data, so it is tested without a database.
 */
public final class ImportPlanner {

    public record UnitAction(
            Line line,
            String code,
            String name,
            String parentCode,
            UnitRecord existing,
            int depth,
            ImportOutcome outcome) {}

    /** {@code roles} null means "keep the roles the person has". */
    public record PersonAction(
            Line line,
            String employeeCode,
            String fullName,
            String username,
            String email,
            String unitCode,
            Set<Role> roles,
            PersonRecord existing,
            ImportOutcome outcome) {}

    public record Plan(ImportReport report, List<UnitAction> units, List<PersonAction> people) {}

    private static final Map<String, Role> ROLE_NAMES = Map.ofEntries(
            Map.entry("employee", Role.EMPLOYEE),
            Map.entry("nhan vien", Role.EMPLOYEE),
            Map.entry("nguoi hoc", Role.EMPLOYEE),
            Map.entry("hoc vien", Role.EMPLOYEE),
            Map.entry("unit head", Role.UNIT_HEAD),
            Map.entry("unit_head", Role.UNIT_HEAD),
            Map.entry("truong don vi", Role.UNIT_HEAD),
            Map.entry("admin", Role.ADMIN),
            Map.entry("administrator", Role.ADMIN),
            Map.entry("quan tri", Role.ADMIN),
            Map.entry("quan tri vien", Role.ADMIN));

    private final Map<String, UnitRecord> dbUnits = new HashMap<>();
    private final Map<Long, UnitRecord> dbUnitsById = new HashMap<>();
    private final Map<String, PersonRecord> dbByCode = new HashMap<>();
    private final Map<String, PersonRecord> dbByUsername = new HashMap<>();
    private final long meId;

    public ImportPlanner(
            List<UnitRecord> units, List<PersonRecord> peopleByCode, List<PersonRecord> peopleByUsername, long meId) {
        for (UnitRecord u : units) {
            dbUnits.put(key(u.code()), u);
            dbUnitsById.put(u.id(), u);
        }
        for (PersonRecord p : peopleByCode) {
            if (p.employeeCode() != null) {
                dbByCode.put(key(p.employeeCode()), p);
            }
        }
        for (PersonRecord p : peopleByUsername) {
            dbByUsername.put(p.username(), p);
        }
        this.meId = meId;
    }

    /** The employee codes and user names a file mentions, to look up before planning. */
    public static Set<String> values(List<Table> tables, Column column) {
        Set<String> values = new HashSet<>();
        for (Table t : tables) {
            for (Line l : t.lines()) {
                String v = l.get(column);
                if (v != null) {
                    values.add(column == Column.USERNAME ? v.toLowerCase(Locale.ROOT) : v);
                }
            }
        }
        return values;
    }

    public Plan plan(List<Table> tables) {
        List<Line> unitLines = new ArrayList<>();
        List<Line> personLines = new ArrayList<>();
        for (Table t : tables) {
            (t.kind() == ImportFiles.Kind.UNITS ? unitLines : personLines).addAll(t.lines());
        }
        List<ImportLine> report = new ArrayList<>();
        List<UnitAction> units = planUnits(unitLines, report);
        Set<String> fileUnits = new HashSet<>();
        for (Line l : unitLines) {
            String code = l.get(Column.UNIT_CODE);
            if (code != null) {
                fileUnits.add(key(code));
            }
        }
        List<PersonAction> people = planPeople(personLines, fileUnits, report);
        return new Plan(new ImportReport(report), units, people);
    }

    private List<UnitAction> planUnits(List<Line> lines, List<ImportLine> report) {
        Map<String, Integer> firstRow = new HashMap<>();
        Map<String, String> fileParent = new HashMap<>();
        for (Line l : lines) {
            String code = l.get(Column.UNIT_CODE);
            String parent = l.get(Column.PARENT_CODE);
            if (code != null && !firstRow.containsKey(key(code))) {
                firstRow.put(key(code), l.row());
                fileParent.put(key(code), parent == null ? null : key(parent));
            }
        }
        List<UnitAction> actions = new ArrayList<>();
        for (Line l : lines) {
            List<ImportProblem> problems = new ArrayList<>();
            String code = l.get(Column.UNIT_CODE);
            String name = Validation.cleanName(l.get(Column.UNIT_NAME));
            String parent = l.get(Column.PARENT_CODE);
            UnitRecord existing = code == null ? null : dbUnits.get(key(code));
            if (code == null) {
                problems.add(ImportProblem.of("people.import.problem.unitCodeMissing"));
            } else if (!Validation.UNIT_CODE.matcher(code).matches()) {
                problems.add(ImportProblem.of("people.import.problem.unitCodeFormat", code));
            } else if (firstRow.get(key(code)) != l.row()) {
                problems.add(
                        ImportProblem.of("people.import.problem.unitCodeDuplicate", code, firstRow.get(key(code))));
            }
            if (name == null) {
                problems.add(ImportProblem.of("people.import.problem.unitNameMissing"));
            } else if (name.length() > Validation.MAX_NAME) {
                problems.add(ImportProblem.of("people.import.problem.nameLong", Validation.MAX_NAME));
            }
            if (parent == null) {
                if (existing == null || existing.parentId() != null) {
                    problems.add(ImportProblem.of("people.import.problem.parentMissing"));
                }
            } else if (code != null && key(parent).equals(key(code))) {
                problems.add(ImportProblem.of("people.import.problem.parentSelf", code));
            } else {
                UnitRecord dbParent = dbUnits.get(key(parent));
                if (dbParent == null && !firstRow.containsKey(key(parent))) {
                    problems.add(ImportProblem.of("people.import.problem.parentUnknown", parent));
                } else if (dbParent != null && !dbParent.active()) {
                    problems.add(ImportProblem.of("people.import.problem.parentInactive", parent));
                }
            }
            int depth = code == null ? 0 : depth(key(code), fileParent);
            if (depth < 0 && problems.isEmpty()) {
                problems.add(ImportProblem.of("people.import.problem.cycle", code));
            }
            ImportOutcome outcome;
            if (!problems.isEmpty()) {
                outcome = ImportOutcome.ERROR;
            } else if (existing == null) {
                outcome = ImportOutcome.CREATE;
            } else {
                String currentParent = existing.parentId() == null
                        ? null
                        : key(dbUnitsById.get(existing.parentId()).code());
                boolean moved = parent != null && !key(parent).equals(currentParent);
                outcome = moved || !name.equals(existing.name()) ? ImportOutcome.UPDATE : ImportOutcome.UNCHANGED;
            }
            report.add(new ImportLine(l.sheet(), l.row(), ImportKind.UNIT, code, name, outcome, problems));
            if (outcome != ImportOutcome.ERROR) {
                actions.add(new UnitAction(l, code, name, parent, existing, depth, outcome));
            }
        }
        // Parents before children, so that each insert or move finds its parent already in place.
        actions.sort(java.util.Comparator.comparingInt(UnitAction::depth));
        return actions;
    }

    /** Depth of a unit in the tree the import leads to, or -1 when its chain of parents loops. */
    private int depth(String code, Map<String, String> fileParent) {
        Set<String> seen = new HashSet<>();
        String current = code;
        int depth = 0;
        while (current != null) {
            if (!seen.add(current)) {
                return -1;
            }
            String parent;
            if (fileParent.containsKey(current) && fileParent.get(current) != null) {
                parent = fileParent.get(current);
            } else {
                UnitRecord db = dbUnits.get(current);
                parent = db == null || db.parentId() == null
                        ? null
                        : key(dbUnitsById.get(db.parentId()).code());
            }
            current = parent;
            depth++;
        }
        return depth;
    }

    private List<PersonAction> planPeople(List<Line> lines, Set<String> fileUnits, List<ImportLine> report) {
        Map<String, Integer> firstCode = new HashMap<>();
        Map<String, Integer> firstUsername = new HashMap<>();
        List<PersonAction> actions = new ArrayList<>();
        for (Line l : lines) {
            List<ImportProblem> problems = new ArrayList<>();
            String code = l.get(Column.EMPLOYEE_CODE);
            String fullName = Validation.cleanName(l.get(Column.FULL_NAME));
            String username = Validation.cleanUsername(l.get(Column.USERNAME));
            String email = l.get(Column.EMAIL);
            String unitCode = l.get(Column.PERSON_UNIT);
            PersonRecord existing = null;
            if (code == null) {
                problems.add(ImportProblem.of("people.import.problem.codeMissing"));
            } else if (!Validation.EMPLOYEE_CODE.matcher(code).matches()) {
                problems.add(ImportProblem.of("people.import.problem.codeFormat", code));
            } else if (firstCode.putIfAbsent(key(code), l.row()) != null) {
                problems.add(ImportProblem.of("people.import.problem.codeDuplicate", code, firstCode.get(key(code))));
            } else {
                existing = dbByCode.get(key(code));
            }
            if (fullName == null) {
                problems.add(ImportProblem.of("people.import.problem.nameMissing"));
            } else if (fullName.length() > Validation.MAX_NAME) {
                problems.add(ImportProblem.of("people.import.problem.nameLong", Validation.MAX_NAME));
            }
            if (existing != null) {
                if (username != null && !username.equals(existing.username())) {
                    problems.add(
                            ImportProblem.of("people.import.problem.usernameChange", existing.username(), username));
                }
                username = existing.username();
            } else if (username == null) {
                problems.add(ImportProblem.of("people.import.problem.usernameMissing"));
            } else if (!Validation.USERNAME.matcher(username).matches()) {
                problems.add(ImportProblem.of("people.import.problem.usernameFormat", username));
            } else if (dbByUsername.containsKey(username)) {
                PersonRecord other = dbByUsername.get(username);
                problems.add(ImportProblem.of(
                        "people.import.problem.usernameTaken",
                        username,
                        other.employeeCode() == null ? "—" : other.employeeCode()));
            }
            if (username != null
                    && firstUsername.putIfAbsent(username, l.row()) != null
                    && firstUsername.get(username) != l.row()) {
                problems.add(ImportProblem.of(
                        "people.import.problem.usernameDuplicate", username, firstUsername.get(username)));
            }
            if (email != null
                    && (email.length() > Validation.MAX_EMAIL
                            || !Validation.EMAIL.matcher(email).matches())) {
                problems.add(ImportProblem.of("people.import.problem.email", email));
            }
            if (unitCode == null) {
                problems.add(ImportProblem.of("people.import.problem.unitMissing"));
            } else {
                UnitRecord unit = dbUnits.get(key(unitCode));
                if (unit == null && !fileUnits.contains(key(unitCode))) {
                    problems.add(ImportProblem.of("people.import.problem.unitUnknown", unitCode));
                } else if (unit != null && !unit.active() && (existing == null || existing.unitId() != unit.id())) {
                    problems.add(ImportProblem.of("people.import.problem.unitInactive", unitCode));
                }
            }
            Set<Role> roles = roles(l.get(Column.ROLES), problems);
            if (roles == null && existing == null) {
                roles = EnumSet.of(Role.EMPLOYEE);
            }
            if (existing != null && existing.id() == meId && roles != null && !roles.contains(Role.ADMIN)) {
                problems.add(ImportProblem.of("people.import.problem.deadminSelf"));
            }
            ImportOutcome outcome;
            if (!problems.isEmpty()) {
                outcome = ImportOutcome.ERROR;
            } else if (existing == null) {
                outcome = ImportOutcome.CREATE;
            } else {
                UnitRecord unit = dbUnits.get(key(unitCode));
                boolean changed = !fullName.equals(existing.fullName())
                        || !Objects.equals(email, existing.email())
                        || unit == null
                        || unit.id() != existing.unitId()
                        || (roles != null && !roles.equals(existing.roles()));
                outcome = changed ? ImportOutcome.UPDATE : ImportOutcome.UNCHANGED;
            }
            report.add(new ImportLine(l.sheet(), l.row(), ImportKind.PERSON, code, fullName, outcome, problems));
            if (outcome != ImportOutcome.ERROR) {
                actions.add(new PersonAction(l, code, fullName, username, email, unitCode, roles, existing, outcome));
            }
        }
        return actions;
    }

    /** Roles separated by comma, semicolon, "|" or "+", by code or Vietnamese name; null when the cell is empty. */
    static Set<Role> roles(String cell, List<ImportProblem> problems) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (String token : cell.split("[,;|+]")) {
            String t = SearchText.fold(token).replace('-', ' ');
            if (t.isEmpty()) {
                continue;
            }
            Role role = ROLE_NAMES.get(t);
            if (role == null) {
                problems.add(ImportProblem.of("people.import.problem.role", token.strip()));
            } else {
                roles.add(role);
            }
        }
        return roles.isEmpty() ? null : roles;
    }

    private static String key(String code) {
        return code.toLowerCase(Locale.ROOT);
    }
}
