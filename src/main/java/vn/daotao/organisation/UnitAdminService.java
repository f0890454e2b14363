package vn.daotao.organisation;

import static vn.daotao.organisation.FieldRefusal.Field.CODE;
import static vn.daotao.organisation.FieldRefusal.Field.NAME;
import static vn.daotao.organisation.FieldRefusal.Field.PARENT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daotao.audit.AuditAction;
import vn.daotao.audit.AuditLog;
import vn.daotao.audit.AuditTarget;
import vn.daotao.base.UserFacingException;
import vn.daotao.organisation.internal.UnitStore;
import vn.daotao.organisation.internal.UnitStore.UnitRecord;
import vn.daotao.organisation.internal.Validation;

/**
 * The admin's unit tree: add, rename, move, deactivate, reactivate. A unit is never deleted (people,
 * assignments and certificates keep pointing at it); it is deactivated once nothing active is left in it.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional
public class UnitAdminService {

    private final UnitStore units;
    private final AuditLog audit;

    UnitAdminService(UnitStore units, AuditLog audit) {
        this.units = units;
        this.audit = audit;
    }

    /** Every unit, active or not, in tree order, with enabled people directly in it and in its subtree. */
    @Transactional(readOnly = true)
    public List<UnitNode> tree() {
        List<UnitStore.UnitWithPeople> all = units.allWithPeople();
        Map<Long, Integer> totals = new HashMap<>();
        // Tree order puts parents first: walk backwards and add each unit's total to its parent.
        for (int i = all.size() - 1; i >= 0; i--) {
            UnitStore.UnitWithPeople u = all.get(i);
            int total = totals.merge(u.unit().id(), u.directPeople(), Integer::sum);
            if (u.unit().parentId() != null) {
                totals.merge(u.unit().parentId(), total, Integer::sum);
            }
        }
        List<UnitNode> nodes = new ArrayList<>(all.size());
        for (UnitStore.UnitWithPeople u : all) {
            UnitRecord r = u.unit();
            nodes.add(new UnitNode(
                    r.id(),
                    r.parentId(),
                    r.code(),
                    r.name(),
                    r.depth(),
                    r.active(),
                    u.directPeople(),
                    totals.getOrDefault(r.id(), 0)));
        }
        return nodes;
    }

    /** Units a person may be placed in or a unit moved under, in tree order. */
    @Transactional(readOnly = true)
    public List<UnitOption> activeUnits() {
        return units.activeOptions();
    }

    public long create(long parentId, UnitData data) {
        UnitRecord parent =
                units.share(parentId).orElseThrow(() -> new FieldRefusal(PARENT, "people.unit.error.noParent"));
        if (!parent.active()) {
            throw new FieldRefusal(PARENT, "people.unit.error.parentInactive", parent.name());
        }
        String code = code(data.code(), null);
        String name = name(data.name());
        long id = insertOrRefuse(parentId, code, name);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("code", code);
        after.put("name", name);
        after.put("parent", parent.code());
        audit.recordChangeInCurrentTransaction(AuditAction.UNIT_CREATED, AuditTarget.UNIT, id, Map.of("after", after));
        return id;
    }

    /** Changes the code and the name. */
    public void rename(long unitId, UnitData data) {
        UnitRecord unit = existing(unitId);
        String code = code(data.code(), unitId);
        String name = name(data.name());
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        if (!code.equals(unit.code())) {
            before.put("code", unit.code());
            after.put("code", code);
        }
        if (!name.equals(unit.name())) {
            before.put("name", unit.name());
            after.put("name", name);
        }
        if (after.isEmpty()) {
            return;
        }
        try {
            units.rename(unitId, code, name);
        } catch (DataIntegrityViolationException e) {
            throw new FieldRefusal(CODE, "people.unit.error.codeTaken", code);
        }
        audit.recordChangeInCurrentTransaction(
                AuditAction.UNIT_UPDATED, AuditTarget.UNIT, unitId, Map.of("before", before, "after", after));
    }

    /** Puts the unit (with everything below it) under another active unit that is not inside it. */
    public void move(long unitId, long newParentId) {
        UnitRecord unit = existing(unitId);
        UnitRecord parent =
                units.share(newParentId).orElseThrow(() -> new FieldRefusal(PARENT, "people.unit.error.noParent"));
        if (Objects.equals(unit.parentId(), newParentId)) {
            return;
        }
        if (parent.id() == unit.id() || UnitSql.isInSubtree(parent.path(), unit.path())) {
            throw new FieldRefusal(PARENT, "people.unit.error.cycle", unit.name(), parent.name());
        }
        if (!parent.active()) {
            throw new FieldRefusal(PARENT, "people.unit.error.parentInactive", parent.name());
        }
        String oldParent = unit.parentId() == null
                ? null
                : units.find(unit.parentId()).map(UnitRecord::code).orElse(null);
        try {
            units.move(unitId, newParentId);
        } catch (DataIntegrityViolationException e) {
            // The trigger refuses a cycle that a concurrent move could have created after the check above.
            throw new FieldRefusal(PARENT, "people.unit.error.cycle", unit.name(), parent.name());
        }
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("parent", oldParent);
        audit.recordChangeInCurrentTransaction(
                AuditAction.UNIT_MOVED,
                AuditTarget.UNIT,
                unitId,
                Map.of("unit", unit.code(), "before", before, "after", Map.of("parent", parent.code())));
    }

    /** Refused while enabled people or active sub-units remain: they must be moved or deactivated first. */
    public void deactivate(long unitId) {
        UnitRecord unit = units.lock(unitId).orElseThrow(() -> new UserFacingException("people.unit.error.notFound"));
        if (!unit.active()) {
            return;
        }
        int people = units.enabledPeopleIn(unit.path());
        int subUnits = units.activeUnitsBelow(unit.path());
        if (people > 0 || subUnits > 0) {
            throw new UserFacingException("people.unit.error.notEmpty", unit.name(), people, subUnits);
        }
        units.setActive(unitId, false);
        audit.recordChangeInCurrentTransaction(
                AuditAction.UNIT_DEACTIVATED,
                AuditTarget.UNIT,
                unitId,
                Map.of("unit", unit.code(), "before", Map.of("active", true), "after", Map.of("active", false)));
    }

    /** Refused under an inactive parent: reactivate from the top down. */
    public void reactivate(long unitId) {
        UnitRecord unit = units.lock(unitId).orElseThrow(() -> new UserFacingException("people.unit.error.notFound"));
        if (unit.active()) {
            return;
        }
        if (unit.parentId() != null) {
            UnitRecord parent = units.share(unit.parentId()).orElseThrow();
            if (!parent.active()) {
                throw new UserFacingException("people.unit.error.reactivateUnderInactive", unit.name(), parent.name());
            }
        }
        units.setActive(unitId, true);
        audit.recordChangeInCurrentTransaction(
                AuditAction.UNIT_UPDATED,
                AuditTarget.UNIT,
                unitId,
                Map.of("unit", unit.code(), "before", Map.of("active", false), "after", Map.of("active", true)));
    }

    private UnitRecord existing(long unitId) {
        return units.lock(unitId).orElseThrow(() -> new UserFacingException("people.unit.error.notFound"));
    }

    private long insertOrRefuse(long parentId, String code, String name) {
        try {
            return units.insert(parentId, code, name);
        } catch (DataIntegrityViolationException e) {
            throw new FieldRefusal(CODE, "people.unit.error.codeTaken", code);
        }
    }

    private String code(String value, Long exceptId) {
        String code = Validation.clean(value);
        if (code == null) {
            throw new FieldRefusal(CODE, "people.unit.error.codeRequired");
        }
        if (!Validation.UNIT_CODE.matcher(code).matches()) {
            throw new FieldRefusal(CODE, "people.unit.error.codeFormat");
        }
        if (units.codeTaken(code, exceptId)) {
            throw new FieldRefusal(CODE, "people.unit.error.codeTaken", code);
        }
        return code;
    }

    private static String name(String value) {
        String name = Validation.cleanName(value);
        if (name == null) {
            throw new FieldRefusal(NAME, "people.unit.error.nameRequired");
        }
        if (name.length() > Validation.MAX_NAME) {
            throw new FieldRefusal(NAME, "people.unit.error.nameLong", Validation.MAX_NAME);
        }
        return name;
    }
}
