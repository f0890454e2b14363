package vn.daotao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.daotao.e2e.pages.PersonPage;
import vn.daotao.e2e.pages.SessionsPage;
import vn.daotao.e2e.pages.UnitPage;

/**
 * The admin records an in-person conference: creates the session, imports an attendance list that has a
 * wrong code (nothing is recorded, the row is named), then the corrected list; the attendees' course is
 * completed in person.
 */
class AttendanceImportIT extends BrowserTestBase {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void anAdminCreatesASessionAndImportsItsAttendanceAllOrNothing() throws Exception {
        String code = "HN" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        TestPeople people = new TestPeople(jdbc, encoder);
        long unit = people.unit(code);
        people.employee(code.toLowerCase() + "a", "Nguyễn Thị Dự Họp", unit);
        people.employee(code.toLowerCase() + "b", "Trần Văn Có Mặt", unit);
        jdbc.sql("update app_user set employee_code = upper(username) where username like :p")
                .param("p", code.toLowerCase() + "%")
                .update();
        jdbc.sql("""
                        insert into assignment (edition_id, unit_id, period_start, due_date)
                        select e.id, :unit, current_date - 1, current_date + 30
                          from course_edition e join course c on c.id = e.course_id
                         where c.code = 'BVCTNB' and e.edition_no = 1""").param("unit", unit).update();

        openLogin().signInAs("admin", DEMO_PASSWORD);
        open("/sessions");
        SessionsPage sessions = new SessionsPage(driver).list().openNew();
        sessions.type("session-title", "Hội nghị quán triệt " + code)
                .type("session-place", "Hội trường tầng 3")
                .choose("session-course", "Công tác bảo vệ chính trị nội bộ")
                .choose("session-unit", TestPeople.unitName(code))
                .save();
        assertThat(sessions.facts()).contains("Hội trường tầng 3", TestPeople.unitName(code));

        Path bad = Files.createTempFile("diem-danh", ".csv");
        Files.writeString(bad, "Mã cán bộ\n" + code + "A\nKHONGCOAI\n", StandardCharsets.UTF_8);
        sessions.upload(bad);
        assertThat(sessions.summary()).contains("Có 1 dòng lỗi, chưa ghi nhận người nào");
        assertThat(sessions.reportText()).contains("KHONGCOAI", "Không có người nào đang làm việc với mã cán bộ này");
        assertThat(sessions.runVisible()).isFalse();
        sessions.scrollTo("attendance-import");
        screenshot("session-import-errors");

        Path good = Files.createTempFile("diem-danh", ".csv");
        Files.writeString(good, "Mã cán bộ\n" + code + "A\n" + code + "B\n", StandardCharsets.UTF_8);
        sessions.clearUpload().upload(good);
        assertThat(sessions.summary()).contains("Mọi dòng hợp lệ: 2 người sẽ được ghi nhận");
        sessions.runImport();
        assertThat(sessions.summary()).contains("Đã ghi nhận tham dự cho 2 người");
        assertThat(sessions.peopleText()).contains("Nguyễn Thị Dự Họp", "Đã tham dự");
        sessions.scrollTo("session-people-box");
        screenshot("session-attendance");

        long person = jdbc.sql("select id from app_user where username = :u")
                .param("u", code.toLowerCase() + "a")
                .query(Long.class)
                .single();
        open("/unit?unit=" + unit);
        UnitPage dashboard = new UnitPage(driver);
        assertThat(dashboard.stat("inPerson")).isEqualTo("2");
        assertThat(dashboard.peopleText()).contains("Hoàn thành trực tiếp");
        screenshot("unit-in-person");

        open("/unit/people/" + person);
        assertThat(new PersonPage(driver).text()).contains("Hoàn thành trực tiếp", "Trực tiếp: Hội nghị quán triệt");
        screenshot("person-in-person");
    }
}
