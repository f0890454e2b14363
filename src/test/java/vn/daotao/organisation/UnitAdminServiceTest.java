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
import vn.daotao.base.UserFacingException;
import vn.daotao.security.Role;
import vn.daotao.security.TestSignIn;

@SpringBootTest
class UnitAdminServiceTest {

    @Autowired
    UnitAdminService service;

    @Autowired
    PeopleAdminService people;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext app;

    private String tag;
    private long root;

    @BeforeEach
    void signIn() {
        TestSignIn.as(app, "admin");
        tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        root = jdbc.sql("select id from unit where code = 'BQL'")
                .query(Long.class)
                .single();
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear(app);
    }

    @Test
    void createsRenamesAndMovesUnitsWithTheirSubtree() {
        long a = service.create(root, new UnitData("A-" + tag, "Phòng A"));
        long b = service.create(root, new UnitData("B-" + tag, "Phòng B"));
        long a1 = service.create(a, new UnitData("A1-" + tag, "Tổ A1"));

        service.rename(a1, new UnitData("A1X-" + tag, "  Tổ   A1 mới "));
        assertThat(node(a1).code()).isEqualTo("A1X-" + tag);
        assertThat(node(a1).name()).isEqualTo("Tổ A1 mới");

        service.move(a, b);
        assertThat(node(a).parentId()).isEqualTo(b);
        assertThat(node(a1).depth()).isEqualTo(node(b).depth() + 2);
        String path = jdbc.sql("select path from unit where id = :id")
                .param("id", a1)
                .query(String.class)
                .single();
        assertThat(path).contains("/" + b + "/" + a + "/" + a1 + "/");
        assertThat(audits("UNIT_MOVED", a)).isEqualTo(1);
        assertThat(audits("UNIT_CREATED", a1)).isEqualTo(1);
        assertThat(audits("UNIT_UPDATED", a1)).isEqualTo(1);
    }

    @Test
    void refusesCyclesDuplicateCodesBadCodesAndInactiveParents() {
        long a = service.create(root, new UnitData("C-" + tag, "Phòng C"));
        long a1 = service.create(a, new UnitData("C1-" + tag, "Tổ C1"));
        assertThatThrownBy(() -> service.move(a, a1))
                .isInstanceOfSatisfying(
                        FieldRefusal.class, e -> assertThat(e.messageKey()).isEqualTo("people.unit.error.cycle"));
        assertThatThrownBy(() -> service.move(a, a)).isInstanceOf(FieldRefusal.class);
        assertThat(node(a).parentId()).isEqualTo(root);

        assertThatThrownBy(() -> service.create(root, new UnitData("c1-" + tag.toLowerCase(), "Trùng")))
                .isInstanceOfSatisfying(
                        FieldRefusal.class, e -> assertThat(e.messageKey()).isEqualTo("people.unit.error.codeTaken"));
        assertThatThrownBy(() -> service.create(root, new UnitData("mã có dấu", "Sai mã")))
                .isInstanceOfSatisfying(
                        FieldRefusal.class, e -> assertThat(e.messageKey()).isEqualTo("people.unit.error.codeFormat"));

        service.deactivate(a1);
        assertThatThrownBy(() -> service.create(a1, new UnitData("C2-" + tag, "Tổ C2")))
                .isInstanceOfSatisfying(
                        FieldRefusal.class,
                        e -> assertThat(e.messageKey()).isEqualTo("people.unit.error.parentInactive"));
    }

    @Test
    void deactivationIsRefusedWhilePeopleOrActiveSubUnitsRemain() {
        long a = service.create(root, new UnitData("D-" + tag, "Phòng D"));
        long a1 = service.create(a, new UnitData("D1-" + tag, "Tổ D1"));
        NewAccount person = people.create(new PersonData(
                "Nguyễn Văn Đông", "d" + tag.toLowerCase(), "D" + tag, null, a1, Set.of(Role.EMPLOYEE), true));

        assertThatThrownBy(() -> service.deactivate(a)).isInstanceOfSatisfying(UserFacingException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("people.unit.error.notEmpty");
            assertThat(e.args()).containsExactly("Phòng D", 1, 1);
        });
        assertThatThrownBy(() -> service.deactivate(a1))
                .isInstanceOfSatisfying(
                        UserFacingException.class, e -> assertThat(e.args()).containsExactly("Tổ D1", 1, 0));
        assertThat(node(a1).active()).isTrue();
        assertThat(node(a).totalPeople()).isEqualTo(1);

        var data = data(people.person(person.id()).orElseThrow());
        people.update(
                person.id(), new PersonData(data.fullName(), null, data.employeeCode(), null, a1, data.roles(), false));
        service.deactivate(a1);
        service.deactivate(a);
        assertThat(node(a).active()).isFalse();
        assertThat(service.activeUnits()).extracting(UnitOption::id).doesNotContain(a, a1);
        assertThatThrownBy(() -> service.reactivate(a1))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("people.unit.error.reactivateUnderInactive"));
        service.reactivate(a);
        service.reactivate(a1);
        assertThat(node(a1).active()).isTrue();
        assertThat(audits("UNIT_DEACTIVATED", a)).isEqualTo(1);
    }

    @Test
    void databaseTriggerAlsoRefusesACycle() {
        long a = service.create(root, new UnitData("E-" + tag, "Phòng E"));
        long a1 = service.create(a, new UnitData("E1-" + tag, "Tổ E1"));
        assertThatThrownBy(() -> jdbc.sql("update unit set parent_id = :p where id = :id")
                        .param("p", a1)
                        .param("id", a)
                        .update())
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    private UnitNode node(long id) {
        return service.tree().stream().filter(n -> n.id() == id).findFirst().orElseThrow();
    }

    private int audits(String action, long unitId) {
        return jdbc.sql(
                        "select count(*) from audit_event where action = :a and target_type = 'UNIT' and target_id = :id")
                .param("a", action)
                .param("id", String.valueOf(unitId))
                .query(Integer.class)
                .single();
    }

    private static PersonData data(PersonDetails p) {
        return new PersonData(
                p.fullName(), p.username(), p.employeeCode(), p.email(), p.unitId(), p.roles(), p.enabled());
    }
}
