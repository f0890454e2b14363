package vn.daotao.organisation.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.daotao.base.imports.ImportOutcome;
import vn.daotao.organisation.internal.ImportPlanner.PersonAction;
import vn.daotao.organisation.internal.ImportPlanner.UnitAction;
import vn.daotao.organisation.internal.UnitStore.UnitRecord;

/** Writes a checked plan's units and changed people: the part the file import and the directory sync share. */
@Component
public class ImportWriter {

    private final UnitStore units;
    private final PeopleStore people;

    ImportWriter(UnitStore units, PeopleStore people) {
        this.units = units;
        this.people = people;
    }

    /** Creates, renames and moves the plan's units (parents first); every unit's id by lower-case code. */
    public Map<String, Long> writeUnits(List<UnitAction> actions) {
        Map<String, Long> unitIds = new HashMap<>();
        for (UnitRecord u : units.all()) {
            unitIds.put(key(u.code()), u.id());
        }
        for (UnitAction a : actions) {
            Long parentId = a.parentCode() == null ? null : unitIds.get(key(a.parentCode()));
            if (a.outcome() == ImportOutcome.CREATE) {
                unitIds.put(key(a.code()), units.insert(parentId, a.code(), a.name()));
            } else if (a.outcome() == ImportOutcome.UPDATE) {
                UnitRecord old = a.existing();
                units.rename(old.id(), old.code(), a.name());
                if (parentId != null && !parentId.equals(old.parentId())) {
                    units.move(old.id(), parentId);
                }
            }
        }
        return unitIds;
    }

    /** An existing person's new name, email, unit or roles; user name, employee code and status stay. */
    public void update(PersonAction a, long unitId) {
        var old = a.existing();
        people.update(
                old.id(),
                old.username(),
                a.fullName(),
                old.employeeCode(),
                a.email(),
                unitId,
                a.roles() == null ? old.roles() : a.roles(),
                old.enabled());
    }

    public static String key(String code) {
        return code.toLowerCase(Locale.ROOT);
    }
}
