package vn.daotao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.daotao.base.TimeConfiguration;
import vn.daotao.e2e.pages.UnitPage;

/**
 * A unit head switches the dashboard from today to last year and compares it with the year before, over
 * their own unit with two yearly cycles and a person who moved out in the second year.
 */
class PeriodReportIT extends BrowserTestBase {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    private final int y1 = LocalDate.now(TimeConfiguration.ZONE).getYear() - 2;
    private final int y2 = y1 + 1;

    @Test
    void aUnitHeadSwitchesToLastYearAndComparesItWithTheYearBefore() {
        String code = "KY" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        TestPeople people = new TestPeople(jdbc, encoder);
        long r = people.unit(code);
        long x = people.unit(code + "X", r);
        long elsewhere = people.unit(code + "Z");
        String head = "truong" + code.toLowerCase();
        people.unitHead(head, "Trưởng Đơn Vị Kỳ", r);
        long edition = jdbc.sql("""
                        select e.id from course_edition e join course c on c.id = e.course_id
                         where c.code = 'BVCTNB' and e.edition_no = 1""").query(Long.class).single();
        long p1 = member(people, code + "1", "Nguyễn Văn Kỳ Một", x);
        long p2 = member(people, code + "2", "Trần Thị Kỳ Hai", x);
        long p3 = member(people, code + "3", "Phạm Văn Chuyển Đi", x);
        long cycle1 = cycle(edition, r, LocalDate.of(y1, 1, 1), null);
        long cycle2 = cycle(edition, r, LocalDate.of(y2, 1, 1), cycle1);
        complete(p1, cycle1, edition, at(y1, 3, 1));
        complete(p2, cycle1, edition, at(y1, 4, 1));
        complete(p1, cycle2, edition, at(y2, 3, 1));
        jdbc.sql("update app_user set unit_id = :z where id = :p")
                .param("z", elsewhere)
                .param("p", p3)
                .update();
        jdbc.sql("update unit_membership set valid_to = :t where user_id = :p and valid_to is not null")
                .param("t", at(y2, 5, 1))
                .param("p", p3)
                .update();
        jdbc.sql("update unit_membership set valid_from = :t where user_id = :p and valid_to is null")
                .param("t", at(y2, 5, 1))
                .param("p", p3)
                .update();

        openLogin().signInAs(head, DEMO_PASSWORD);
        open("/unit?unit=" + r + "&edition=" + edition);
        UnitPage unit = new UnitPage(driver);
        assertThat(unit.periodShown()).contains("tại ngày");
        assertThat(unit.stat("assigned"))
                .as("today: the head, p1 and p2 in the renewed cycle")
                .isEqualTo("3");

        unit = unit.periodKind("Năm").year(y1).apply();
        assertThat(driver.getCurrentUrl()).contains("period=" + y1);
        assertThat(unit.periodShown()).contains("năm " + y1);
        assertThat(unit.stat("assigned")).isEqualTo("3");
        assertThat(unit.stat("completed")).isEqualTo("2");
        assertThat(unit.stat("moved")).isEqualTo("0");

        unit = unit.year(y2).compareWithPrevious().apply();
        assertThat(driver.getCurrentUrl()).contains("period=" + y2, "compare=" + y1);
        assertThat(unit.stat("assigned")).isEqualTo("2");
        assertThat(unit.stat("completed")).isEqualTo("1");
        assertThat(unit.stat("moved")).isEqualTo("1");
        assertThat(unit.comparisonText()).contains(TestPeople.unitName(code + "X"), "Toàn đơn vị", "-16,7 điểm %");
        screenshot("unit-period-compare");
        assertThat(unit.peopleText()).contains("Phạm Văn Chuyển Đi", "Chuyển đơn vị");
    }

    private long member(TestPeople people, String username, String name, long unit) {
        people.employee(username.toLowerCase(), name, unit);
        long id = jdbc.sql("select id from app_user where username = :u")
                .param("u", username.toLowerCase())
                .query(Long.class)
                .single();
        jdbc.sql("update unit_membership set valid_from = :t where user_id = :p")
                .param("t", at(y1 - 1, 1, 1))
                .param("p", id)
                .update();
        return id;
    }

    private long cycle(long edition, long unit, LocalDate start, Long previous) {
        return jdbc.sql("""
                        insert into assignment (edition_id, unit_id, include_subunits, period_start, due_date,
                                                recurrence, previous_id)
                        values (:e, :u, true, :s, :d, 'YEARLY', :prev) returning id""")
                .param("e", edition)
                .param("u", unit)
                .param("s", start)
                .param("d", start.plusMonths(6))
                .param("prev", previous)
                .query(Long.class)
                .single();
    }

    private void complete(long user, long assignment, long edition, OffsetDateTime when) {
        jdbc.sql("""
                        insert into module_progress (user_id, assignment_id, module_id, content_opened_at, passed_at, best_score)
                        select :u, :a, m.id, :t, :t, 90 from course_module m where m.edition_id = :e""")
                .param("u", user)
                .param("a", assignment)
                .param("e", edition)
                .param("t", when)
                .update();
        jdbc.sql("""
                        insert into completion_record (user_id, assignment_id, edition_id, average_score, completed_at)
                        values (:u, :a, :e, 90, :t)""")
                .param("u", user)
                .param("a", assignment)
                .param("e", edition)
                .param("t", when)
                .update();
    }

    private static OffsetDateTime at(int year, int month, int day) {
        return LocalDate.of(year, month, day)
                .atTime(10, 0)
                .atZone(TimeConfiguration.ZONE)
                .toOffsetDateTime();
    }
}
