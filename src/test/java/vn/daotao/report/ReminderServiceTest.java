package vn.daotao.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.daotao.progress.TestCourses;
import vn.daotao.security.TestSignIn;

/** Reminders over real SMTP (GreenMail): one email per overdue person, never twice within 24 hours. */
@SpringBootTest
class ReminderServiceTest {

    @RegisterExtension
    static GreenMailExtension smtp =
            new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    @Autowired
    ReminderService reminders;

    @Autowired
    ReportService reports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext app;

    @AfterEach
    void signOut() {
        TestSignIn.clear(app);
    }

    @Test
    void overduePeopleAreRemindedOnceADayByEmailAndAtSignIn() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long unit = jdbc.sql("insert into unit (code, name) values (:c, 'Đơn vị nhắc nhở') returning id")
                .param("c", "RM-" + tag)
                .query(Long.class)
                .single();
        person("head" + tag, "Trưởng Nhắc Nhở", unit, "{UNIT_HEAD,EMPLOYEE}", null);
        person("late1" + tag, "Nguyễn Văn Trễ", unit, "{EMPLOYEE}", "late1@example.vn");
        person("late2" + tag, "Lê Thị Muộn", unit, "{EMPLOYEE}", "late2@example.vn");
        person("nomail" + tag, "Phạm Không Thư", unit, "{EMPLOYEE}", null);
        TestCourses.Fixture course = TestCourses.create(jdbc, 1, null, null, "FULL", "admin");
        jdbc.sql("""
                        insert into assignment (edition_id, unit_id, include_subunits, period_start, due_date)
                        values (:e, :u, true, current_date - 40, current_date - 5)""").param("e", course.editionId()).param("u", unit).update();
        RosterFilter filter = new RosterFilter(unit, course.editionId(), null, null, null);

        TestSignIn.as(app, "head" + tag);
        ReminderResult first = reminders.remindOverdue(reports.scope(), filter);
        assertThat(first).isEqualTo(new ReminderResult(4, 2, 4));
        assertThat(smtp.waitForIncomingEmail(5000, 2)).isTrue();
        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(Arrays.stream(mails).map(m -> {
                    try {
                        return m.getAllRecipients()[0].toString();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }))
                .containsExactlyInAnyOrder("late1@example.vn", "late2@example.vn");
        assertThat(mails[0].getSubject()).contains("quá hạn");

        ReminderResult again = reminders.remindOverdue(reports.scope(), filter);
        assertThat(again.reminded())
                .as("a second click within 24 hours sends nothing")
                .isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(2);

        jdbc.sql("update reminder set sent_at = sent_at - interval '25 hours' where assignment_id in "
                        + "(select id from assignment where edition_id = :e)")
                .param("e", course.editionId())
                .update();
        assertThat(reminders.remindOverdue(reports.scope(), filter).reminded())
                .as("a day later they are reminded again")
                .isEqualTo(4);

        TestSignIn.as(app, "late1" + tag);
        assertThat(reminders.takeMyNotices())
                .hasSize(2)
                .allMatch(n -> n.courseTitle().startsWith("Khóa kiểm thử"));
        assertThat(reminders.takeMyNotices()).as("a notice shows once").isEmpty();
    }

    private void person(String user, String name, long unit, String roles, String email) {
        jdbc.sql("""
                        insert into app_user (username, full_name, unit_id, roles, password_hash, email, search_text)
                        values (:u, :n, :unit, cast(:r as text[]), 'x', :m, :s)""")
                .param("s", vn.daotao.base.text.SearchText.foldAll(name, user))
                .param("u", user)
                .param("n", name)
                .param("unit", unit)
                .param("r", roles)
                .param("m", email)
                .update();
    }
}
