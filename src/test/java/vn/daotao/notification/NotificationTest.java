package vn.daotao.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.daotao.base.TimeConfiguration;
import vn.daotao.notification.internal.NotificationMailer;
import vn.daotao.notification.internal.NotificationPlanner;
import vn.daotao.notification.internal.NotificationStore;
import vn.daotao.progress.LearnerService;
import vn.daotao.progress.TestCourses;
import vn.daotao.quiz.QuizService;
import vn.daotao.security.TestSignIn;

/**
 * Notices over real SMTP (GreenMail, started here on a fixed loopback port so that it can be stopped and started
 * again) with the planner's day moved across a due date: a new assignment, 8 days before (nothing), 7 days before,
 * the same day again (nothing more), 1 day before (not for a person who finished), the day after (overdue), a
 * Monday (the unit head's digest), a certificate issued; each sent once, a person without an address kept in-app;
 * the mail server down (retried with back-off, then sent), two nodes sending at once (no duplicate), a node that
 * died holding a batch (sent after its lease), and the person's own page of notices.
 */
@SpringBootTest
class NotificationTest {

    private static final int SMTP_PORT = freePort();

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(
                    new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
        registry.add("app.public-url", () -> "https://daotao.example.vn");
    }

    @Autowired
    NotificationPlanner planner;

    @Autowired
    NotificationMailer mailer;

    @Autowired
    NotificationStore store;

    @Autowired
    NotificationService notifications;

    @Autowired
    LearnerService learner;

    @Autowired
    QuizService quiz;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext app;

    @AfterEach
    void signOut() {
        TestSignIn.clear(app);
    }

    @Test
    void noticesFollowTheCalendarAndEachIsSentOnce() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long unit = jdbc.sql("insert into unit (code, name) values (:c, 'Phòng Thông báo') returning id")
                .param("c", "NT-" + tag)
                .query(Long.class)
                .single();
        long head = person("head" + tag, "Trần Thị Trưởng", unit, "{UNIT_HEAD,EMPLOYEE}", "head" + tag + "@example.vn");
        long busy = person("busy" + tag, "Nguyễn Văn Bận", unit, "{EMPLOYEE}", "busy" + tag + "@example.vn");
        long done = person("done" + tag, "Lê Thị Xong", unit, "{EMPLOYEE}", "done" + tag + "@example.vn");
        long nomail = person("nomail" + tag, "Phạm Không Thư", unit, "{EMPLOYEE}", null);
        TestCourses.Fixture course = TestCourses.create(jdbc, 1, null, null, "FULL", "admin");
        LocalDate today = LocalDate.now(TimeConfiguration.ZONE);
        LocalDate due = today.plusDays(40);
        long assignment = jdbc.sql("""
                        insert into assignment (edition_id, unit_id, include_subunits, period_start, due_date)
                        values (:e, :u, true, :today, :due) returning id""")
                .param("e", course.editionId())
                .param("u", unit)
                .param("today", today)
                .param("due", due)
                .query(Long.class)
                .single();
        List<Long> learners = List.of(head, busy, done, nomail);

        planner.plan(today, Instant.now());
        assertThat(kinds(learners))
                .as("a new assignment")
                .containsOnly("ASSIGNED")
                .hasSize(4);
        assertThat(status(nomail, "ASSIGNED")).isEqualTo("NO_ADDRESS");

        planner.plan(due.minusDays(8), at(due.minusDays(8)));
        assertThat(count(learners, "DUE_SOON")).as("8 days before: nothing").isZero();
        planner.plan(due.minusDays(7), at(due.minusDays(7)));
        assertThat(count(learners, "DUE_SOON")).as("7 days before").isEqualTo(4);
        planner.plan(due.minusDays(7), at(due.minusDays(7)).plusSeconds(3600));
        planner.plan(due.minusDays(5), at(due.minusDays(5)));
        assertThat(count(learners, "DUE_SOON"))
                .as("the same reminder day again, a restart")
                .isEqualTo(4);

        complete(done, assignment, course.editionId());
        planner.plan(due.minusDays(1), at(due.minusDays(1)));
        assertThat(eventKeys(learners, "DUE_SOON"))
                .as("1 day before, not for the person who finished")
                .filteredOn(k -> k.endsWith(":1"))
                .hasSize(3);
        planner.plan(due.plusDays(1), at(due.plusDays(1)));
        assertThat(count(learners, "OVERDUE")).as("the day after the due date").isEqualTo(3);
        planner.plan(due.plusDays(2), at(due.plusDays(2)));
        assertThat(count(learners, "OVERDUE")).as("once").isEqualTo(3);

        LocalDate monday = due.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        planner.plan(monday, at(monday));
        planner.plan(monday, at(monday).plusSeconds(7200));
        assertThat(count(learners, "DIGEST")).as("one digest, to the head").isEqualTo(1);
        assertThat(jdbc.sql("select params ->> 'count' from notification where user_id = :u and kind = 'DIGEST'")
                        .param("u", head)
                        .query(String.class)
                        .single())
                .as("the head, the busy one and the one without e-mail are overdue")
                .isEqualTo("3");

        // the mail job: each notice with an address once, the one without none
        Instant later = at(monday).plusSeconds(600);
        NotificationMailer.Sent sent = mailer.sendDue(later);
        assertThat(mailer.sendDue(later).sent()).as("nothing twice").isZero();
        List<MimeMessage> mine = received(tag);
        assertThat(mine)
                .as("ASSIGNED, DUE_SOON x2, OVERDUE (and DIGEST for the head); the finished one: ASSIGNED, DUE_SOON")
                .hasSize(5 + 4 + 2);
        assertThat(sent.sent()).isGreaterThanOrEqualTo(11);
        assertThat(recipients(mine)).doesNotContain("nomail" + tag);
        MimeMessage digest = mine.stream()
                .filter(m -> subject(m).startsWith("Tổng hợp tuần"))
                .findFirst()
                .orElseThrow();
        assertThat(subject(digest)).isEqualTo("Tổng hợp tuần: 3 người quá hạn trong đơn vị");
        String digestHtml = html(digest);
        assertThat(digestHtml)
                .contains("Kính gửi đồng chí Trần Thị Trưởng,")
                .contains("Nguyễn Văn Bận")
                .contains("Phạm Không Thư")
                .contains("https://daotao.example.vn/unit");
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/notification-digest.html"), digestHtml);
        MimeMessage dueSoon = mine.stream()
                .filter(m -> subject(m).startsWith("Còn 7 ngày"))
                .findFirst()
                .orElseThrow();
        Files.writeString(Path.of("target/notification-due-soon.html"), html(dueSoon));
        assertThat(GreenMailUtil.getBody(dueSoon)).isNotBlank();

        // the mail server down: the notice waits and is tried again after its back-off
        smtp.stop();
        LocalDate overdueDay = due.plusDays(1);
        long lateEdition =
                TestCourses.create(jdbc, 1, null, null, "FULL", "admin").editionId();
        long lateAssignment = jdbc.sql("""
                        insert into assignment (edition_id, user_id, period_start, due_date)
                        values (:e, :u, :start, :due) returning id""")
                .param("e", lateEdition)
                .param("u", busy)
                .param("start", today)
                .param("due", overdueDay.minusDays(1))
                .query(Long.class)
                .single();
        planner.plan(overdueDay, at(overdueDay));
        long waiting = jdbc.sql("""
                        select id from notification where user_id = :u and kind = 'OVERDUE'
                           and params ->> 'assignment' = cast(:a as text)""")
                .param("u", busy)
                .param("a", lateAssignment)
                .query(Long.class)
                .single();
        Instant down = at(monday).plusSeconds(900);
        assertThat(mailer.sendDue(down).failed()).isGreaterThanOrEqualTo(1);
        assertThat(outbox(waiting)).isEqualTo("PENDING 1");
        smtp.start();
        assertThat(mailer.sendDue(down.plusSeconds(30)).sent())
                .as("not before its back-off of a minute")
                .isZero();
        mailer.sendDue(down.plusSeconds(90));
        assertThat(outbox(waiting)).isEqualTo("SENT 2");
        assertThat(received(tag)).as("sent once it was back").hasSize(1);

        // people who join an assigned unit are told; two nodes send at once; a node dies holding a batch
        List<Long> batch = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            batch.add(
                    person("many" + i + tag, "Người Nhận " + i, unit, "{EMPLOYEE}", "many" + i + tag + "@example.vn"));
        }
        planner.plan(today, Instant.now());
        assertThat(count(batch, "ASSIGNED"))
                .as("newcomers to the assigned unit")
                .isEqualTo(30);
        smtp.reset();
        Instant both = Instant.now().plusSeconds(60);
        var nodeA = CompletableFuture.supplyAsync(() -> mailer.sendDue(both));
        var nodeB = CompletableFuture.supplyAsync(() -> mailer.sendDue(both));
        int together = nodeA.get().sent() + nodeB.get().sent();
        MimeMessage[] all = smtp.getReceivedMessages();
        assertThat(all).as("one e-mail per notice, whichever node sent it").hasSize(together);
        assertThat(Arrays.stream(all)
                        .map(m -> header(m, "X-Daotao-Notice"))
                        .distinct()
                        .count())
                .isEqualTo(all.length);
        assertThat(recipients(received(tag)))
                .filteredOn(r -> r.startsWith("many"))
                .hasSize(30);
        assertThat(nodeA.get().sent())
                .as("both nodes did part of it, or one all of it")
                .isBetween(0, together);

        long stuck = person("stuck" + tag, "Người Bị Kẹt", unit, "{EMPLOYEE}", "stuck" + tag + "@example.vn");
        planner.plan(today, Instant.now());
        smtp.reset();
        Instant crash = Instant.now().plusSeconds(60);
        assertThat(store.claim(crash, 500, 300, UUID.randomUUID()))
                .as("a node claims its batch and dies")
                .isNotEmpty();
        assertThat(mailer.sendDue(crash.plusSeconds(60)).sent())
                .as("while its lease runs")
                .isZero();
        mailer.sendDue(crash.plusSeconds(301));
        assertThat(recipients(received(tag))).containsExactly("stuck" + tag + "@example.vn");

        // the person's own page of notices
        TestSignIn.as(app, "busy" + tag);
        int unseen = notifications.myUnseenCount();
        assertThat(unseen).isGreaterThanOrEqualTo(6);
        assertThat(notifications.myNotices())
                .extracting(n -> n.kind().name())
                .contains("ASSIGNED", "DUE_SOON", "OVERDUE");
        assertThat(notifications.markMineSeen(notifications.myNotices())).isEqualTo(unseen);
        assertThat(notifications.myUnseenCount()).isZero();
        assertThat(batch).hasSize(30);
        assertThat(stuck).isPositive();
    }

    @Test
    void eachCycleIsNoticedOnItsOwnAndTheDigestCountsPeople() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long unit = jdbc.sql("insert into unit (code, name) values (:c, 'Phòng Chu kỳ') returning id")
                .param("c", "NK-" + tag)
                .query(Long.class)
                .single();
        long head =
                person("khead" + tag, "Đinh Văn Trưởng", unit, "{UNIT_HEAD,EMPLOYEE}", "khead" + tag + "@example.vn");
        long learner = person("kone" + tag, "Mai Thị Học", unit, "{EMPLOYEE}", "kone" + tag + "@example.vn");
        LocalDate today = LocalDate.now(TimeConfiguration.ZONE);

        // last year's cycle overdue since yesterday while this year's has just started (a yearly renewal)
        long edition = TestCourses.create(jdbc, 1, null, null, "FULL", "admin").editionId();
        long last = assignment(edition, null, learner, today.minusDays(40), today.minusDays(1));
        long next = assignment(edition, null, learner, today, today.plusDays(300));
        planner.plan(today, Instant.now());
        assertThat(eventKeys(List.of(learner), "OVERDUE"))
                .as("the old cycle's overdue notice, although a newer cycle of the course has started")
                .containsExactly("a:" + last + ":overdue:" + today.minusDays(1));
        assertThat(eventKeys(List.of(learner), "ASSIGNED")).containsExactly("a:" + next);

        // an assignment made now that starts in ten days is told about when it starts
        long later = assignment(
                TestCourses.create(jdbc, 1, null, null, "FULL", "admin").editionId(),
                unit,
                null,
                today.plusDays(10),
                today.plusDays(60));
        planner.plan(today, Instant.now());
        assertThat(eventKeys(List.of(learner), "ASSIGNED")).doesNotContain("a:" + later);
        planner.plan(today.plusDays(10), at(today.plusDays(10)));
        assertThat(eventKeys(List.of(learner, head), "ASSIGNED"))
                .filteredOn(k -> k.equals("a:" + later))
                .hasSize(2);

        // two overdue courses make one overdue person in the digest
        for (int i = 0; i < 2; i++) {
            assignment(
                    TestCourses.create(jdbc, 1, null, null, "FULL", "admin").editionId(),
                    unit,
                    null,
                    today.minusDays(30),
                    today.minusDays(2));
        }
        LocalDate monday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        planner.plan(monday, at(monday));
        String digest = jdbc.sql("select params::text from notification where user_id = :u and kind = 'DIGEST'")
                .param("u", head)
                .query(String.class)
                .single();
        assertThat(digest)
                .as("the head and the learner, each once")
                .contains("\"count\": 2")
                .contains("; ");
    }

    private long assignment(long edition, Long unit, Long user, LocalDate start, LocalDate due) {
        return jdbc.sql("""
                        insert into assignment (edition_id, unit_id, include_subunits, user_id, period_start, due_date)
                        values (:e, :unit, true, :user, :start, :due) returning id""")
                .param("e", edition)
                .param("unit", unit)
                .param("user", user)
                .param("start", start)
                .param("due", due)
                .query(Long.class)
                .single();
    }

    @Test
    void aCertificateIssuedIsNoticedOnceItsCompletionIsCommitted() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        long unit = jdbc.sql("insert into unit (code, name) values (:c, 'Phòng Chứng nhận') returning id")
                .param("c", "NC-" + tag)
                .query(Long.class)
                .single();
        long holder = person("cert" + tag, "Đỗ Thị Chứng", unit, "{EMPLOYEE}", "cert" + tag + "@example.vn");
        TestCourses.Fixture course = TestCourses.create(jdbc, 1, null, null, "FULL", "cert" + tag);
        TestSignIn.as(app, "cert" + tag);
        TestCourses.pass(learner, quiz, jdbc, course, 0);
        String serial = jdbc.sql("select serial from certificate where user_id = :u")
                .param("u", holder)
                .query(String.class)
                .single();
        assertThat(jdbc.sql(
                                "select params ->> 'serial' from notification where user_id = :u and kind = 'CERTIFICATE_ISSUED'")
                        .param("u", holder)
                        .query(String.class)
                        .list())
                .containsExactly(serial);
        planner.plan(LocalDate.now(TimeConfiguration.ZONE), Instant.now());
        assertThat(count(List.of(holder), "CERTIFICATE_ISSUED"))
                .as("the planner's catch-up adds none")
                .isEqualTo(1);
        smtp.reset();
        mailer.sendDue(Instant.now().plusSeconds(1));
        MimeMessage mail = received(tag).stream()
                .filter(m -> subject(m).contains(serial))
                .findFirst()
                .orElseThrow();
        assertThat(subject(mail)).isEqualTo("Đã cấp giấy chứng nhận số " + serial);
        assertThat(html(mail)).contains("/files/certificates/").contains("Tải giấy chứng nhận (PDF)");
    }

    private long person(String user, String name, long unit, String roles, String email) {
        return jdbc.sql("""
                        insert into app_user (username, full_name, unit_id, roles, password_hash, email, search_text)
                        values (:u, :n, :unit, cast(:r as text[]), 'x', :m, :s) returning id""")
                .param("s", vn.daotao.base.text.SearchText.foldAll(name, user))
                .param("u", user)
                .param("n", name)
                .param("unit", unit)
                .param("r", roles)
                .param("m", email)
                .query(Long.class)
                .single();
    }

    private void complete(long user, long assignment, long edition) {
        jdbc.sql("""
                        insert into completion_record (user_id, assignment_id, edition_id, average_score)
                        values (:u, :a, :e, 100)""")
                .param("u", user)
                .param("a", assignment)
                .param("e", edition)
                .update();
    }

    private static Instant at(LocalDate day) {
        return day.atTime(8, 0).atZone(TimeConfiguration.ZONE).toInstant();
    }

    private List<String> kinds(List<Long> users) {
        return jdbc.sql("select kind from notification where user_id in (:u)")
                .param("u", users)
                .query(String.class)
                .list();
    }

    private int count(List<Long> users, String kind) {
        return eventKeys(users, kind).size();
    }

    private List<String> eventKeys(List<Long> users, String kind) {
        return jdbc.sql("select event_key from notification where user_id in (:u) and kind = :k")
                .param("u", users)
                .param("k", kind)
                .query(String.class)
                .list();
    }

    private String status(long user, String kind) {
        return jdbc.sql("select email_status from notification where user_id = :u and kind = :k")
                .param("u", user)
                .param("k", kind)
                .query(String.class)
                .single();
    }

    private String outbox(long id) {
        return jdbc.sql("select email_status || ' ' || email_attempts from notification where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    /** The messages GreenMail holds for this test's people (other tests' notices may be sent by the same runs). */
    private static List<MimeMessage> received(String tag) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> recipients(List.of(m)).stream().anyMatch(r -> r.contains(tag + "@")))
                .toList();
    }

    private static List<String> recipients(List<MimeMessage> messages) {
        return messages.stream()
                .map(m -> {
                    try {
                        return m.getAllRecipients()[0].toString();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String header(MimeMessage m, String name) {
        try {
            return m.getHeader(name)[0];
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The HTML part of a multipart/alternative message, decoded. */
    private static String html(MimeMessage m) throws Exception {
        Object content = m.getContent();
        return find((jakarta.mail.Multipart) content);
    }

    private static String find(jakarta.mail.Multipart multipart) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            var part = multipart.getBodyPart(i);
            if (part.isMimeType("text/html")) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof jakarta.mail.Multipart inner) {
                String html = find(inner);
                if (html != null) {
                    return html;
                }
            }
        }
        return null;
    }

    private static int freePort() {
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
