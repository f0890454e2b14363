package vn.daotao.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import vn.daotao.progress.LearnerService;
import vn.daotao.progress.TestCourses;
import vn.daotao.quiz.QuizService;
import vn.daotao.security.TestSignIn;

/** Completing a course issues a numbered, verifiable certificate in the same transaction; only the right people get its PDF. */
@SpringBootTest
class CertificateServiceTest {

    @Autowired
    CertificateService certificates;

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
    void completingTheLastModuleIssuesACertificateAtOnce() throws Exception {
        TestCourses.Fixture course = TestCourses.create(jdbc, 2, null, null, "FULL", "vp0003");
        TestSignIn.as(app, "vp0003");
        pass(course, 0);
        assertThat(certificates.myCertificates()).noneMatch(c -> c.courseTitle().equals(title(course)));
        assertThat(learner.openModule(course.assignmentId(), course.moduleIds().get(1))
                        .module()
                        .position())
                .as("module 2 opens once module 1 is passed")
                .isEqualTo(2);
        pass(course, 1);

        MyCertificateRow mine = certificates.myCertificates().stream()
                .filter(c -> c.courseTitle().equals(title(course)))
                .findFirst()
                .orElseThrow();
        int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        assertThat(mine.serial()).matches("BVCTNB-" + year + "-\\d{6}");
        assertThat(mine.status()).isEqualTo(CertificateStatus.VALID);

        String code = jdbc.sql("select verification_code from certificate where id = :id")
                .param("id", mine.id())
                .query(String.class)
                .single();
        assertThat(code).hasSize(22);
        Verification v = certificates.verify(code).orElseThrow();
        assertThat(v.status()).isEqualTo(CertificateStatus.VALID);
        assertThat(v.holderName()).isEqualTo("Lê Thị Mai");

        CertificateService.CertificatePdf pdf = certificates.pdf(mine.id());
        assertThat(pdf.content().length).as("bytes").isLessThan(150 * 1024);
        try (var doc = Loader.loadPDF(pdf.content())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text)
                    .contains(
                            "Lê Thị Mai",
                            title(course),
                            mine.serial(),
                            "GIẤY CHỨNG NHẬN",
                            "/verify/" + code,
                            "Trịnh Ngọc Chung");
        }
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'CERTIFICATE_ISSUED' and target_id = :id")
                        .param("id", String.valueOf(mine.id()))
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aCertificateKeepsTheSignerItWasIssuedWith() throws Exception {
        TestCourses.Fixture course = TestCourses.create(jdbc, 1, null, null, "FULL", "vp0005");
        TestSignIn.as(app, "vp0005");
        pass(course, 0);
        long id = certificates.myCertificates().stream()
                .filter(c -> c.courseTitle().equals(title(course)))
                .findFirst()
                .orElseThrow()
                .id();
        String signer = jdbc.sql("select signer_name from certificate_template")
                .query(String.class)
                .single();
        try {
            jdbc.sql("update certificate_template set signer_name = 'Người Ký Mới'")
                    .update();
            try (var doc = Loader.loadPDF(certificates.pdf(id).content())) {
                assertThat(new PDFTextStripper().getText(doc)).contains(signer).doesNotContain("Người Ký Mới");
            }
        } finally {
            jdbc.sql("update certificate_template set signer_name = :s")
                    .param("s", signer)
                    .update();
        }
    }

    @Test
    void serialsAreSequentialPerPrefixAndYear() {
        TestCourses.Fixture a = TestCourses.create(jdbc, 1, null, null, "FULL", "vp0004");
        TestCourses.Fixture b = TestCourses.create(jdbc, 1, null, null, "FULL", "vp0004");
        TestSignIn.as(app, "vp0004");
        pass(a, 0);
        pass(b, 0);
        var serials = certificates.myCertificates().stream()
                .filter(c -> c.courseTitle().equals(title(a)) || c.courseTitle().equals(title(b)))
                .map(MyCertificateRow::serial)
                .sorted()
                .toList();
        assertThat(serials).hasSize(2);
        long first = Long.parseLong(serials.get(0).substring(serials.get(0).lastIndexOf('-') + 1));
        long second = Long.parseLong(serials.get(1).substring(serials.get(1).lastIndexOf('-') + 1));
        assertThat(second).isEqualTo(first + 1);
    }

    @Test
    void onlyTheHolderAdminsAndHeadsAboveGetThePdf() {
        TestCourses.Fixture course = TestCourses.create(jdbc, 1, null, null, "FULL", "hc0001");
        TestSignIn.as(app, "hc0001");
        pass(course, 0);
        long id = certificates.myCertificates().stream()
                .filter(c -> c.courseTitle().equals(title(course)))
                .findFirst()
                .orElseThrow()
                .id();

        TestSignIn.as(app, "nhanvien");
        assertThatThrownBy(() -> certificates.pdf(id)).isInstanceOf(AccessDeniedException.class);
        TestSignIn.as(app, "truongdonvi");
        assertThat(certificates.pdf(id).content())
                .as("head of Văn phòng, above Tổ Hành chính - Tổng hợp")
                .isNotEmpty();
        TestSignIn.as(app, "admin");
        assertThat(certificates.pdf(id).content()).isNotEmpty();
    }

    @Test
    void aHeadCannotDownloadCertificatesOutsideTheirSubtree() {
        TestCourses.Fixture course = TestCourses.create(jdbc, 1, null, null, "FULL", "tc0005");
        TestSignIn.as(app, "tc0005");
        pass(course, 0);
        long id = certificates.myCertificates().stream()
                .filter(c -> c.courseTitle().equals(title(course)))
                .findFirst()
                .orElseThrow()
                .id();
        TestSignIn.as(app, "truongdonvi");
        assertThatThrownBy(() -> certificates.pdf(id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyAdminsRevokeWithAReasonAndThePublicCheckSaysRevoked() {
        TestCourses.Fixture course = TestCourses.create(jdbc, 1, null, null, "FULL", "kh0005");
        TestSignIn.as(app, "kh0005");
        pass(course, 0);
        MyCertificateRow mine = certificates.myCertificates().stream()
                .filter(c -> c.courseTitle().equals(title(course)))
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> certificates.revoke(mine.id(), "Tự thu hồi", mine.serial()))
                .isInstanceOf(AccessDeniedException.class);

        TestSignIn.as(app, "admin");
        assertThat(certificates.findBySerial(mine.serial().toLowerCase())).isPresent();
        assertThatThrownBy(() -> certificates.revoke(mine.id(), "  ", mine.serial()))
                .isInstanceOf(vn.daotao.base.UserFacingException.class)
                .hasMessage("certificate.revoke.reasonRequired");
        assertThatThrownBy(() -> certificates.revoke(mine.id(), "Sai họ tên người được cấp", "BVCTNB-2000-000001"))
                .as("the serial must be typed again")
                .hasMessage("certificate.revoke.confirmSerial");
        certificates.revoke(
                mine.id(), "Sai họ tên người được cấp", " " + mine.serial().toLowerCase() + " ");
        assertThatThrownBy(() -> certificates.revoke(mine.id(), "Lần hai", mine.serial()))
                .hasMessage("certificate.revoke.already");

        String code = jdbc.sql("select verification_code from certificate where id = :id")
                .param("id", mine.id())
                .query(String.class)
                .single();
        Verification v = certificates.verify(code).orElseThrow();
        assertThat(v.status()).isEqualTo(CertificateStatus.REVOKED);
        assertThat(v.revokedAt()).isNotNull();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'CERTIFICATE_REVOKED' and target_id = :id")
                        .param("id", String.valueOf(mine.id()))
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void malformedAndUnknownCodesAreNotFound() {
        assertThat(certificates.verify("abc")).isEmpty();
        assertThat(certificates.verify("'; drop table certificate; --")).isEmpty();
        assertThat(certificates.verify("AAAAAAAAAAAAAAAAAAAAAZ")).isEmpty();
        assertThat(certificates.verify(null)).isEmpty();
    }

    private void pass(TestCourses.Fixture course, int moduleIndex) {
        TestCourses.pass(learner, quiz, jdbc, course, moduleIndex);
    }

    private String title(TestCourses.Fixture course) {
        return TestCourses.title(jdbc, course);
    }
}
