package vn.daotao.organisation;

import static vn.daotao.organisation.FieldRefusal.Field;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.daotao.audit.AuditAction;
import vn.daotao.audit.AuditLog;
import vn.daotao.audit.AuditTarget;
import vn.daotao.base.UserFacingException;
import vn.daotao.organisation.internal.OneTimePasswords;
import vn.daotao.organisation.internal.PeopleStore;
import vn.daotao.organisation.internal.PeopleStore.PersonRecord;
import vn.daotao.organisation.internal.UnitStore;
import vn.daotao.organisation.internal.UnitStore.UnitRecord;
import vn.daotao.organisation.internal.Validation;
import vn.daotao.security.CurrentUser;
import vn.daotao.security.LoginThrottle;
import vn.daotao.security.Role;
import vn.daotao.security.SignedInUser;

/**
 * The admin's people: search, create, edit, unlock, reset a password. New and reset passwords are
 * random, shown to the admin once, and must be replaced by the person at their next sign-in.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional
public class PeopleAdminService {

    private final PeopleStore people;
    private final UnitStore units;
    private final OneTimePasswords passwords;
    private final LoginThrottle throttle;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    PeopleAdminService(
            PeopleStore people,
            UnitStore units,
            OneTimePasswords passwords,
            LoginThrottle throttle,
            CurrentUser currentUser,
            AuditLog audit) {
        this.people = people;
        this.units = units;
        this.passwords = passwords;
        this.throttle = throttle;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<PersonRow> find(PeopleFilter filter, PeopleSort sort, int offset, int limit) {
        return people.find(filter, sort, offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(PeopleFilter filter) {
        return people.count(filter);
    }

    @Transactional(readOnly = true)
    public Optional<PersonDetails> person(long userId) {
        return people.details(userId);
    }

    /** Creates the account with a one-time password that the person must change at first sign-in. */
    public NewAccount create(PersonData data) {
        String username = Validation.cleanUsername(data.username());
        if (username == null) {
            throw new FieldRefusal(Field.USERNAME, "people.person.error.usernameRequired");
        }
        if (!Validation.USERNAME.matcher(username).matches()) {
            throw new FieldRefusal(Field.USERNAME, "people.person.error.usernameFormat");
        }
        if (people.usernameTaken(username)) {
            throw new FieldRefusal(Field.USERNAME, "people.person.error.usernameTaken", username);
        }
        Clean c = validate(data, null, null);
        String password = passwords.generate(username);
        long id;
        try {
            id = people.insert(
                    username,
                    c.fullName,
                    c.employeeCode,
                    c.email,
                    c.unit.id(),
                    c.roles,
                    data.enabled(),
                    passwords.hash(password));
        } catch (DuplicateKeyException e) {
            throw duplicate(e, username, c.employeeCode);
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("fullName", c.fullName);
        after.put("employeeCode", c.employeeCode);
        after.put("email", c.email);
        after.put("unit", c.unit.code());
        after.put("roles", rolesText(c.roles));
        after.put("enabled", data.enabled());
        audit.recordChangeInCurrentTransaction(
                AuditAction.USER_CREATED, AuditTarget.USER, username, Map.of("after", after));
        return new NewAccount(id, username, password);
    }

    /** Changes everything but the user name. An admin cannot disable or de-admin themselves. */
    public void update(long userId, PersonData data) {
        PersonRecord old =
                people.lock(userId).orElseThrow(() -> new UserFacingException("people.person.error.notFound"));
        Clean c = validate(data, old.id(), old.unitId());
        SignedInUser me = currentUser.require();
        if (me.id() == userId && !data.enabled()) {
            throw new FieldRefusal(Field.ENABLED, "people.person.error.disableSelf");
        }
        if (me.id() == userId && !c.roles.contains(Role.ADMIN)) {
            throw new FieldRefusal(Field.ROLES, "people.person.error.deadminSelf");
        }
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        change(before, after, "fullName", old.fullName(), c.fullName);
        change(before, after, "employeeCode", old.employeeCode(), c.employeeCode);
        change(before, after, "email", old.email(), c.email);
        if (old.unitId() != c.unit.id()) {
            before.put("unit", units.find(old.unitId()).map(UnitRecord::code).orElse(null));
            after.put("unit", c.unit.code());
        }
        change(before, after, "roles", rolesText(old.roles()), rolesText(c.roles));
        change(before, after, "enabled", old.enabled(), data.enabled());
        if (after.isEmpty()) {
            return;
        }
        try {
            people.update(
                    userId, old.username(), c.fullName, c.employeeCode, c.email, c.unit.id(), c.roles, data.enabled());
        } catch (DuplicateKeyException e) {
            throw duplicate(e, old.username(), c.employeeCode);
        }
        audit.recordChangeInCurrentTransaction(
                AuditAction.USER_UPDATED, AuditTarget.USER, old.username(), Map.of("before", before, "after", after));
    }

    /** A new one-time password, returned once; the old password stops working now. */
    public String resetPassword(long userId) {
        PersonRecord person =
                people.lock(userId).orElseThrow(() -> new UserFacingException("people.person.error.notFound"));
        String password = passwords.generate(person.username());
        people.setTemporaryPassword(userId, passwords.hash(password));
        audit.recordChangeInCurrentTransaction(
                AuditAction.PASSWORD_RESET, AuditTarget.USER, person.username(), Map.of("mustChangePassword", true));
        return password;
    }

    /** Ends a lock after failed sign-ins (and forgets the failures). */
    public void unlock(long userId) {
        PersonDetails person =
                people.details(userId).orElseThrow(() -> new UserFacingException("people.person.error.notFound"));
        throttle.reset(person.username());
        audit.recordChangeInCurrentTransaction(
                AuditAction.USER_UNLOCKED,
                AuditTarget.USER,
                person.username(),
                Map.of("before", Map.of("locked", person.locked()), "after", Map.of("locked", false)));
    }

    private Clean validate(PersonData data, Long exceptId, Long currentUnitId) {
        String fullName = Validation.cleanName(data.fullName());
        if (fullName == null) {
            throw new FieldRefusal(Field.FULL_NAME, "people.person.error.nameRequired");
        }
        if (fullName.length() > Validation.MAX_NAME) {
            throw new FieldRefusal(Field.FULL_NAME, "people.person.error.nameLong", Validation.MAX_NAME);
        }
        String code = Validation.clean(data.employeeCode());
        if (code != null && !Validation.EMPLOYEE_CODE.matcher(code).matches()) {
            throw new FieldRefusal(Field.EMPLOYEE_CODE, "people.person.error.codeFormat");
        }
        if (code != null && people.employeeCodeTaken(code, exceptId)) {
            throw new FieldRefusal(Field.EMPLOYEE_CODE, "people.person.error.codeTaken", code);
        }
        String email = Validation.clean(data.email());
        if (email != null
                && (email.length() > Validation.MAX_EMAIL
                        || !Validation.EMAIL.matcher(email).matches())) {
            throw new FieldRefusal(Field.EMAIL, "people.person.error.email");
        }
        if (data.unitId() == null) {
            throw new FieldRefusal(Field.UNIT, "people.person.error.unitRequired");
        }
        UnitRecord unit = units.share(data.unitId())
                .orElseThrow(() -> new FieldRefusal(Field.UNIT, "people.person.error.unitRequired"));
        // A person may stay in a unit deactivated meanwhile, but nobody is put into one.
        if (!unit.active() && !Objects.equals(currentUnitId, unit.id())) {
            throw new FieldRefusal(Field.UNIT, "people.person.error.unitInactive", unit.name());
        }
        if (data.roles().isEmpty()) {
            throw new FieldRefusal(Field.ROLES, "people.person.error.rolesRequired");
        }
        return new Clean(fullName, code, email, unit, EnumSet.copyOf(data.roles()));
    }

    private static FieldRefusal duplicate(DuplicateKeyException e, String username, String code) {
        String message = String.valueOf(e.getMostSpecificCause().getMessage());
        return message.contains("employee_code")
                ? new FieldRefusal(Field.EMPLOYEE_CODE, "people.person.error.codeTaken", code)
                : new FieldRefusal(Field.USERNAME, "people.person.error.usernameTaken", username);
    }

    private static void change(
            Map<String, Object> before, Map<String, Object> after, String key, Object old, Object now) {
        if (!Objects.equals(old, now)) {
            before.put(key, old);
            after.put(key, now);
        }
    }

    static String rolesText(java.util.Set<Role> roles) {
        return String.join(",", EnumSet.copyOf(roles).stream().map(Role::name).toList());
    }

    private record Clean(String fullName, String employeeCode, String email, UnitRecord unit, EnumSet<Role> roles) {}
}
