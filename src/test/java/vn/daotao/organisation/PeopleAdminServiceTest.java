package vn.daotao.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.daotao.security.LoginThrottle;
import vn.daotao.security.PasswordPolicy;
import vn.daotao.security.Role;
import vn.daotao.security.TestSignIn;

@SpringBootTest
class PeopleAdminServiceTest {

    @Autowired
    PeopleAdminService service;

    @Autowired
    UnitAdminService units;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext app;

    private String tag;
    private long unit;

    @BeforeEach
    void signIn() {
        TestSignIn.as(app, "admin");
        tag = UUID.randomUUID().toString().substring(0, 8).toLowerCase();
        long root = jdbc.sql("select id from unit where code = 'BQL'")
                .query(Long.class)
                .single();
        unit = units.create(root, new UnitData("P-" + tag, "Phòng Thử nghiệm " + tag));
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear(app);
    }

    @Test
    void searchIgnoresAccentsAndCaseOverNameUsernameAndCode() {
        create("Nguyễn Văn Đạt " + tag, "dat" + tag, "NV" + tag);
        create("Lê Thị Hoa " + tag, "hoa" + tag, "LT" + tag);

        assertThat(names(new PeopleFilter("nguyen van dat " + tag, null, null)))
                .containsExactly("Nguyễn Văn Đạt " + tag);
        assertThat(names(new PeopleFilter("NGUYỄN  văn", unit, null))).containsExactly("Nguyễn Văn Đạt " + tag);
        assertThat(names(new PeopleFilter("HOA" + tag.toUpperCase(), null, null)))
                .containsExactly("Lê Thị Hoa " + tag);
        assertThat(names(new PeopleFilter("lt" + tag, null, null))).containsExactly("Lê Thị Hoa " + tag);
        assertThat(service.count(new PeopleFilter(null, unit, null))).isEqualTo(2);
        assertThat(names(new PeopleFilter("%", unit, null))).isEmpty();
        assertThat(service.find(
                        new PeopleFilter(null, unit, null), new PeopleSort(PeopleSort.Column.NAME, true), 0, 10))
                .extracting(PersonRow::fullName)
                .containsExactly("Nguyễn Văn Đạt " + tag, "Lê Thị Hoa " + tag);
        for (PeopleSort.Column column : PeopleSort.Column.values()) {
            assertThat(service.find(PeopleFilter.none(), new PeopleSort(column, true), 0, 5))
                    .hasSize(5);
        }
    }

    @Test
    void createAndResetGiveOneTimePasswordsThatMustBeChanged() {
        NewAccount account = create("Trần Thị Bình", "binh" + tag, "TB" + tag);
        assertThat(PasswordPolicy.violations(account.username(), account.oneTimePassword()))
                .isEmpty();
        assertThat(encoder.matches(account.oneTimePassword(), hash(account.id())))
                .isTrue();
        assertThat(mustChange(account.id())).isTrue();
        assertThat(jdbc.sql("select search_text from app_user where id = :id")
                        .param("id", account.id())
                        .query(String.class)
                        .single())
                .isEqualTo("tran thi binh binh" + tag + " tb" + tag);

        jdbc.sql("update app_user set must_change_password = false where id = :id")
                .param("id", account.id())
                .update();
        String password = service.resetPassword(account.id());
        assertThat(password).isNotEqualTo(account.oneTimePassword());
        assertThat(PasswordPolicy.violations(account.username(), password)).isEmpty();
        assertThat(encoder.matches(password, hash(account.id()))).isTrue();
        assertThat(encoder.matches(account.oneTimePassword(), hash(account.id())))
                .isFalse();
        assertThat(mustChange(account.id())).isTrue();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'PASSWORD_RESET' and target_id = :u")
                        .param("u", account.username())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select details::text from audit_event where action = 'USER_CREATED' and target_id = :u")
                        .param("u", account.username())
                        .query(String.class)
                        .single())
                .doesNotContain(password);
    }

    @Test
    void updateKeepsSearchTextAndRefusesDuplicatesNextToTheField() {
        NewAccount a = create("Phạm Văn An", "an" + tag, "PA" + tag);
        create("Phạm Văn Ba", "ba" + tag, "PB" + tag);
        service.update(
                a.id(),
                new PersonData(
                        "Phạm Văn Ân",
                        null,
                        "PA2" + tag,
                        "an@example.org",
                        unit,
                        Set.of(Role.EMPLOYEE, Role.UNIT_HEAD),
                        true));
        PersonDetails details = service.person(a.id()).orElseThrow();
        assertThat(details.roles()).containsExactlyInAnyOrder(Role.EMPLOYEE, Role.UNIT_HEAD);
        assertThat(details.email()).isEqualTo("an@example.org");
        assertThat(names(new PeopleFilter("pham van an", unit, null))).containsExactly("Phạm Văn Ân");
        assertThat(names(new PeopleFilter("pa2" + tag, null, null))).containsExactly("Phạm Văn Ân");

        assertThatThrownBy(() -> service.update(
                        a.id(),
                        new PersonData("Phạm Văn Ân", null, "pb" + tag, null, unit, Set.of(Role.EMPLOYEE), true)))
                .isInstanceOfSatisfying(FieldRefusal.class, e -> {
                    assertThat(e.field()).isEqualTo(FieldRefusal.Field.EMPLOYEE_CODE);
                    assertThat(e.messageKey()).isEqualTo("people.person.error.codeTaken");
                });
        assertThatThrownBy(() -> create("Người khác", "BA" + tag, "X" + tag))
                .isInstanceOfSatisfying(
                        FieldRefusal.class, e -> assertThat(e.field()).isEqualTo(FieldRefusal.Field.USERNAME));
        assertThatThrownBy(() -> service.update(
                        a.id(),
                        new PersonData(
                                "Phạm Văn Ân", null, null, "không-phải-email", unit, Set.of(Role.EMPLOYEE), true)))
                .isInstanceOfSatisfying(
                        FieldRefusal.class, e -> assertThat(e.field()).isEqualTo(FieldRefusal.Field.EMAIL));
    }

    @Test
    void anAdminCannotDisableOrDeadminThemselves() {
        long me = jdbc.sql("select id from app_user where username = 'admin'")
                .query(Long.class)
                .single();
        PersonData data = data(service.person(me).orElseThrow());
        assertThatThrownBy(() -> service.update(
                        me,
                        new PersonData(
                                data.fullName(),
                                null,
                                data.employeeCode(),
                                data.email(),
                                data.unitId(),
                                data.roles(),
                                false)))
                .isInstanceOfSatisfying(
                        FieldRefusal.class, e -> assertThat(e.field()).isEqualTo(FieldRefusal.Field.ENABLED));
        assertThatThrownBy(() -> service.update(
                        me,
                        new PersonData(
                                data.fullName(),
                                null,
                                data.employeeCode(),
                                data.email(),
                                data.unitId(),
                                Set.of(Role.EMPLOYEE),
                                true)))
                .isInstanceOfSatisfying(
                        FieldRefusal.class, e -> assertThat(e.field()).isEqualTo(FieldRefusal.Field.ROLES));
    }

    @Test
    void unlockDeletesTheThrottleRow() {
        NewAccount a = create("Hoàng Văn Khóa", "khoa" + tag, "HK" + tag);
        for (int i = 0; i < 6; i++) {
            throttle.admit(a.username(), "10.9.9.9");
            throttle.failed(a.username(), "10.9.9.9");
        }
        assertThat(throttle.lockedUntil(a.username())).isPresent();
        assertThat(service.person(a.id()).orElseThrow().locked()).isTrue();
        assertThat(names(new PeopleFilter(null, unit, PersonStatus.LOCKED))).containsExactly("Hoàng Văn Khóa");
        assertThat(names(new PeopleFilter(null, unit, PersonStatus.ENABLED))).isEmpty();

        service.unlock(a.id());
        assertThat(jdbc.sql("select count(*) from login_attempt where username = :u")
                        .param("u", a.username())
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(service.person(a.id()).orElseThrow().locked()).isFalse();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'USER_UNLOCKED' and target_id = :u")
                        .param("u", a.username())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    private NewAccount create(String name, String username, String code) {
        return service.create(new PersonData(name, username, code, null, unit, Set.of(Role.EMPLOYEE), true));
    }

    private java.util.List<String> names(PeopleFilter filter) {
        return service.find(filter, PeopleSort.byName(), 0, 50).stream()
                .map(PersonRow::fullName)
                .toList();
    }

    private String hash(long id) {
        return jdbc.sql("select password_hash from app_user where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private boolean mustChange(long id) {
        return jdbc.sql("select must_change_password from app_user where id = :id")
                .param("id", id)
                .query(Boolean.class)
                .single();
    }

    private static PersonData data(PersonDetails p) {
        return new PersonData(
                p.fullName(), p.username(), p.employeeCode(), p.email(), p.unitId(), p.roles(), p.enabled());
    }
}
