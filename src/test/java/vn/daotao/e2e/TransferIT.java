package vn.daotao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.daotao.e2e.pages.MyCoursesPage;
import vn.daotao.e2e.pages.PersonPage;

/**
 * A person who started a cycle in one unit moves to another: they still find the old cycle, under
 * "Đã kết thúc" as "Chuyển đơn vị", and an admin sees both units in their record.
 */
class TransferIT extends BrowserTestBase {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void aMovedPersonKeepsTheCycleTheyStartedAndTheirRecordShowsBothUnits() {
        String code = "TR" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        TestPeople people = new TestPeople(jdbc, encoder);
        long unitA = people.unit(code + "A");
        long unitB = people.unit(code + "B");
        String username = "chuyen" + code.toLowerCase();
        people.employee(username, "Đoàn Văn Chuyển", unitA);
        long person = jdbc.sql("select id from app_user where username = :u")
                .param("u", username)
                .query(Long.class)
                .single();
        long cycle = jdbc.sql("""
                        insert into assignment (edition_id, unit_id, period_start, due_date)
                        select e.id, :unit, current_date - 1, current_date + 30
                          from course_edition e join course c on c.id = e.course_id
                         where c.code = 'BVCTNB' and e.edition_no = 1
                        returning id""").param("unit", unitA).query(Long.class).single();

        openLogin().signInAs(username, DEMO_PASSWORD);
        open("/my-courses");
        new MyCoursesPage(driver).open(cycle).openModule(1);

        jdbc.sql("update app_user set unit_id = :b where id = :p")
                .param("b", unitB)
                .param("p", person)
                .update();
        open("/my-courses");
        MyCoursesPage mine = new MyCoursesPage(driver);
        assertThat(mine.historyText()).contains("Đã kết thúc", "Chuyển đơn vị");
        assertThat(mine.cardText(cycle)).contains("Công tác bảo vệ chính trị nội bộ", "Chuyển đơn vị");
        screenshot("transfer-my-courses");

        driver.manage().deleteAllCookies();
        openLogin().signInAs("admin", DEMO_PASSWORD);
        open("/unit/people/" + person);
        PersonPage record = new PersonPage(driver);
        assertThat(record.membershipsText())
                .contains(
                        "Quá trình công tác", TestPeople.unitName(code + "A"), TestPeople.unitName(code + "B"), "nay");
        assertThat(record.text()).contains("Chuyển đơn vị");
        screenshot("transfer-person-record");
    }
}
