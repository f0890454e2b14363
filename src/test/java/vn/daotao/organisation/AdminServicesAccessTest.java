package vn.daotao.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import vn.daotao.security.Role;
import vn.daotao.security.TestSignIn;

/** An employee (and a unit head) calling any admin service method is refused, and nothing changes. */
@SpringBootTest
class AdminServicesAccessTest {

    @Autowired
    UnitAdminService units;

    @Autowired
    PeopleAdminService people;

    @Autowired
    PeopleImportService imports;

    @Autowired
    DirectorySyncService directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext app;

    @AfterEach
    void signOut() {
        TestSignIn.clear(app);
    }

    @Test
    void employeeAndUnitHeadAreRefusedEveryAdminMethod() {
        long vp = jdbc.sql("select id from unit where code = 'VP'")
                .query(Long.class)
                .single();
        long nhanvien = jdbc.sql("select id from app_user where username = 'nhanvien'")
                .query(Long.class)
                .single();
        byte[] csv = "Mã đơn vị,Tên đơn vị,Mã đơn vị cấp trên\nHACK,Hack,VP\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        PersonData data = new PersonData("Kẻ Lạ", "kela", "KL1", null, vp, Set.of(Role.ADMIN), true);
        List<Executable> calls = List.of(
                units::tree,
                units::activeUnits,
                () -> units.create(vp, new UnitData("HACK", "Hack")),
                () -> units.rename(vp, new UnitData("VP", "Hack")),
                () -> units.move(vp, vp),
                () -> units.deactivate(vp),
                () -> units.reactivate(vp),
                () -> people.find(PeopleFilter.none(), PeopleSort.byName(), 0, 10),
                () -> people.count(PeopleFilter.none()),
                () -> people.person(nhanvien),
                () -> people.create(data),
                () -> people.update(nhanvien, data),
                () -> people.resetPassword(nhanvien),
                () -> people.unlock(nhanvien),
                () -> imports.check(csv),
                () -> imports.importFile("hack.csv", csv),
                () -> imports.csvTemplate(true),
                imports::xlsxTemplate,
                directory::configured,
                directory::preview,
                directory::run,
                directory::runs);
        for (String who : List.of("nhanvien", "truongdonvi")) {
            TestSignIn.as(app, who);
            for (Executable call : calls) {
                assertThrows(AccessDeniedException.class, call, who);
            }
        }
        assertThat(jdbc.sql("select roles::text from app_user where id = :id")
                        .param("id", nhanvien)
                        .query(String.class)
                        .single())
                .isEqualTo("{EMPLOYEE}");
        assertThat(jdbc.sql("select count(*) from unit where code = 'HACK'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }
}
