package vn.daotao.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import vn.daotao.base.UserFacingException;
import vn.daotao.course.CourseAdminService;
import vn.daotao.progress.LearnerService;
import vn.daotao.progress.TestCourses;
import vn.daotao.progress.internal.AssignmentRenewal;
import vn.daotao.quiz.QuizService;
import vn.daotao.security.TestSignIn;

/**
 * Issue 12, certificates: numbering per course, validity, re-issue after a correction (the old serial is
 * superseded and names its replacement), and the "ĐÃ THU HỒI" mark on a revoked certificate's PDF.
 */
@SpringBootTest
class CertificateLifecycleTest {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    CertificateService certificates;

    @Autowired
    CourseAdminService courses;

    @Autowired
    LearnerService learner;

    @Autowired
    QuizService quiz;

    @Autowired
    AssignmentRenewal renewal;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext app;

    @AfterEach
    void signOut() {
        TestSignIn.clear(app);
    }

    @Test
    void aCourseNumbersItsOwnCertificatesValidForItsMonthsAndAReissueSupersedesTheOldSerial() throws Exception {
        String user = learnerAccount();
        TestCourses.Fixture course = TestCourses.create(jdbc, 1, null, null, "FULL", user);
        TestSignIn.as(app, "admin");
        assertThatThrownBy(() -> courses.updateCertificateRules(course.courseId(), "bv-1", 12))
                .hasMessage("course.error.serialPrefix");
        assertThatThrownBy(() -> courses.updateCertificateRules(course.courseId(), "BVX", 0))
                .hasMessage("course.error.validity");
        courses.updateCertificateRules(course.courseId(), "bvx" + suffix(), 12);

        TestSignIn.as(app, user);
        TestCourses.pass(learner, quiz, jdbc, course, 0);
        MyCertificateRow mine = certificates.myCertificates().stream()
                .filter(c -> c.courseTitle().equals(TestCourses.title(jdbc, course)))
                .findFirst()
                .orElseThrow();
        int year = LocalDate.now(VN).getYear();
        assertThat(mine.serial()).matches("BVX" + suffix() + "-" + year + "-000001");
        String code = code(mine.id());
        Verification v = certificates.verify(code).orElseThrow();
        assertThat(v.status()).isEqualTo(CertificateStatus.VALID);
        assertThat(v.validUntil()).isEqualTo(LocalDate.now(VN).plusMonths(12));
        try (var doc = Loader.loadPDF(certificates.pdf(mine.id()).content())) {
            assertThat(new PDFTextStripper().getText(doc))
                    .contains("Có giá trị đến " + String.format("%1$td/%1$tm/%1$tY", v.validUntil()))
                    .contains("Phiên bản 1")
                    .doesNotContain("Lần ban hành");
        }

        assertThatThrownBy(() -> certificates.reissue(mine.id(), "Sửa họ tên"))
                .as("admins only")
                .isInstanceOf(AccessDeniedException.class);
        jdbc.sql("update app_user set full_name = 'Nguyễn Thị Đã Sửa' where username = :u")
                .param("u", user)
                .update();
        TestSignIn.as(app, "admin");
        CertificateData issued = certificates.reissue(mine.id(), "Sửa họ tên theo quyết định");
        assertThat(issued.serial()).matches("BVX" + suffix() + "-" + year + "-000002");
        assertThat(issued.holderName()).isEqualTo("Nguyễn Thị Đã Sửa");
        Verification old = certificates.verify(code).orElseThrow();
        assertThat(old.status()).isEqualTo(CertificateStatus.SUPERSEDED);
        assertThat(old.replacedBy()).isEqualTo(issued.serial());
        assertThat(certificates.verify(issued.verificationCode()).orElseThrow().status())
                .isEqualTo(CertificateStatus.VALID);
        assertThatThrownBy(() -> certificates.reissue(mine.id(), "Lần nữa"))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("certificate.reissue.notValid");
        assertThat(jdbc.sql("""
                        select details ->> 'replaces' from audit_event
                         where action = 'CERTIFICATE_REISSUED' and target_id = :id""")
                        .param("id", String.valueOf(issued.id()))
                        .query(String.class)
                        .single())
                .isEqualTo(mine.serial());
        try (var doc = Loader.loadPDF(certificates.pdf(mine.id()).content())) {
            assertThat(new PDFTextStripper().getText(doc))
                    .as("the old PDF carries the mark and its replacement")
                    .contains("ĐÃ THU HỒI", "Thay bằng số hiệu " + issued.serial());
        }

        TestSignIn.as(app, user);
        assertThat(certificates.myCertificates())
                .filteredOn(c -> c.courseTitle().equals(TestCourses.title(jdbc, course)))
                .extracting(MyCertificateRow::serial, MyCertificateRow::status)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(issued.serial(), CertificateStatus.VALID),
                        org.assertj.core.groups.Tuple.tuple(mine.serial(), CertificateStatus.SUPERSEDED));
    }

    @Test
    void aCertificateAboutToExpireMakesItsHolderDueAgainOnceWithANewCycleOfTheCourse() {
        String user = learnerAccount();
        TestCourses.Fixture course = TestCourses.create(jdbc, 1, null, null, "FULL", user);
        TestSignIn.as(app, "admin");
        courses.updateCertificateRules(course.courseId(), null, 1);
        TestSignIn.as(app, user);
        TestCourses.pass(learner, quiz, jdbc, course, 0);
        MyCertificateRow mine = certificates.myCertificates().stream()
                .filter(c -> c.courseTitle().equals(TestCourses.title(jdbc, course)))
                .findFirst()
                .orElseThrow();
        LocalDate validUntil = LocalDate.now(VN).plusMonths(1);
        TestSignIn.clear(app);

        assertThat(renewal.renew(validUntil.minusDays(31)))
                .as("more than 30 days before the end: nothing yet")
                .noneMatch(id -> renewsCertificate(id) == mine.id());
        List<Long> created = renewal.renew(validUntil.minusDays(20));
        Long cycle = created.stream()
                .filter(id -> renewsCertificate(id) == mine.id())
                .findFirst()
                .orElseThrow();
        var row = jdbc.sql("select user_id, period_start, due_date, recurrence from assignment where id = :id")
                .param("id", cycle)
                .query()
                .singleRow();
        assertThat(row.get("user_id")).isEqualTo(userId(user));
        assertThat(row.get("due_date").toString())
                .as("due on the last valid day")
                .isEqualTo(validUntil.toString());
        assertThat(row.get("period_start").toString())
                .isEqualTo(validUntil.minusDays(20).toString());
        assertThat(renewal.renew(validUntil.minusDays(19)))
                .as("a second run (or node) adds nothing")
                .noneMatch(id -> renewsCertificate(id) == mine.id());
        assertThat(jdbc.sql("""
                        select details ->> 'certificateId' from audit_event
                         where action = 'ASSIGNMENT_RECERTIFICATION' and target_id = :id""")
                        .param("id", String.valueOf(cycle))
                        .query(String.class)
                        .single())
                .isEqualTo(String.valueOf(mine.id()));

        // the clock cannot move: bring the cycle's start to today, as when the job runs on its day
        jdbc.sql("update assignment set period_start = :d where id = :id")
                .param("d", LocalDate.now(VN))
                .param("id", cycle)
                .update();
        TestSignIn.as(app, user);
        assertThat(learner.myCourses())
                .as("the learner sees the course again, not started, due on the last valid day")
                .anySatisfy(c -> {
                    assertThat(c.assignmentId()).isEqualTo(cycle);
                    assertThat(c.status()).isEqualTo(vn.daotao.progress.CycleStatus.NOT_STARTED);
                    assertThat(c.dueDate()).isEqualTo(validUntil);
                });
    }

    private long renewsCertificate(long assignmentId) {
        Long id = jdbc.sql("select renews_certificate_id from assignment where id = :id")
                .param("id", assignmentId)
                .query(Long.class)
                .optional()
                .orElse(null);
        return id == null ? -1 : id;
    }

    private long userId(String username) {
        return jdbc.sql("select id from app_user where username = :u")
                .param("u", username)
                .query(Long.class)
                .single();
    }

    @Test
    void theStatusReadsExpiringWithinThirtyDaysThenExpired() {
        Instant expires = Instant.parse("2027-01-31T17:00:00Z");
        CertificateData c = new CertificateData(
                1,
                "BVX-2026-000001",
                "x".repeat(22),
                "Tên",
                "Đơn vị",
                "Khóa",
                1,
                LocalDate.of(2026, 1, 31),
                Instant.parse("2026-01-31T03:00:00Z"),
                expires,
                null,
                null,
                1,
                null);
        assertThat(c.statusAt(expires.minusSeconds(31L * 86400))).isEqualTo(CertificateStatus.VALID);
        assertThat(c.statusAt(expires.minusSeconds(29L * 86400))).isEqualTo(CertificateStatus.EXPIRING);
        assertThat(c.statusAt(expires)).isEqualTo(CertificateStatus.EXPIRED);
        assertThat(c.validUntil()).isEqualTo(LocalDate.of(2027, 1, 31));
    }

    private String suffix;

    private String suffix() {
        if (suffix == null) {
            suffix = UUID.randomUUID().toString().replaceAll("[^0-9]", "").substring(0, 6);
        }
        return suffix;
    }

    private String learnerAccount() {
        String username = "cl" + suffix();
        jdbc.sql("""
                        insert into app_user (username, full_name, unit_id, roles, password_hash, search_text)
                        values (:u, 'Nguyễn Thị Cấp Lại', (select id from unit where parent_id is null order by id limit 1),
                                '{EMPLOYEE}', 'x', 'nguyen thi cap lai')""").param("u", username).update();
        return username;
    }

    private String code(long certificateId) {
        return jdbc.sql("select verification_code from certificate where id = :id")
                .param("id", certificateId)
                .query(String.class)
                .single();
    }
}
