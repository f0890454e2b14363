package vn.daotao.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import vn.daotao.base.UserFacingException;
import vn.daotao.certificate.internal.SigningKeys;
import vn.daotao.progress.LearnerService;
import vn.daotao.progress.TestCourses;
import vn.daotao.quiz.QuizService;
import vn.daotao.security.TestSignIn;

/**
 * Certificate PDFs are signed when downloaded: with the demo profile's marked demo key at first, then with the
 * key an admin installs from a PKCS#12 file (a wrong password or file is refused, nothing changes).
 */
@SpringBootTest
class CertificateSigningTest {

    @Autowired
    CertificateService certificates;

    @Autowired
    CertificateSigningService signing;

    @Autowired
    LearnerService learner;

    @Autowired
    QuizService quiz;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext app;

    @TempDir
    Path dir;

    @AfterEach
    void signOut() {
        TestSignIn.clear(app);
    }

    @Test
    void downloadedCertificatesAreSignedAndAnAdminInstallsTheOrganisationsKey() throws Exception {
        TestCourses.Fixture course = TestCourses.create(jdbc, 1, null, null, "FULL", "vp0004");
        TestSignIn.as(app, "vp0004");
        TestCourses.pass(learner, quiz, jdbc, course, 0);
        long id = certificates.myCertificates().stream()
                .filter(c -> c.courseTitle().equals(TestCourses.title(jdbc, course)))
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(signing.status().signing()).isTrue();
        byte[] pdf = certificates.pdf(id).content();
        assertThat(pdfsig(pdf)).contains("Signature is Valid");
        assertThat(text(pdf)).contains("Ký số: " + signing.status().signer());

        char[] password = "mat-khau-to-chuc".toCharArray();
        byte[] p12 = SigningKeys.selfSignedPkcs12(
                "Ban Quản lý thử nghiệm", "Tổ chức thử nghiệm", Duration.ofDays(730), password.clone());
        assertThatThrownBy(() -> signing.install(p12, password.clone()))
                .as("admins only")
                .isInstanceOf(AccessDeniedException.class);
        TestSignIn.as(app, "admin");
        assertThatThrownBy(() -> signing.install(p12, "sai".toCharArray()))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("signing.error.file");
        assertThatThrownBy(
                        () -> signing.install("không phải PKCS#12".getBytes(StandardCharsets.UTF_8), password.clone()))
                .hasMessage("signing.error.file");
        SigningStatus installed = signing.install(p12, password.clone());
        assertThat(installed.signer()).isEqualTo("Ban Quản lý thử nghiệm");
        assertThat(installed.demo()).isFalse();
        assertThat(jdbc.sql("select count(*) from signing_key where active")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'SIGNING_KEY_INSTALLED'")
                        .query(Integer.class)
                        .single())
                .isPositive();
        assertThat(jdbc.sql(
                                "select position('mat-khau' in encode(password_enc, 'escape')) from signing_key where active")
                        .query(Integer.class)
                        .single())
                .as("the password is not stored in clear")
                .isZero();

        byte[] again = certificates.pdf(id).content();
        assertThat(text(again)).contains("Ký số: Ban Quản lý thử nghiệm");
        assertThat(pdfsig(again)).contains("Signature is Valid", "Ban Quản lý thử nghiệm");
    }

    private static String text(byte[] pdf) throws Exception {
        try (var doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private String pdfsig(byte[] pdf) throws Exception {
        Path file = dir.resolve("c-" + System.nanoTime() + ".pdf");
        Files.write(file, pdf);
        Process process = new ProcessBuilder("pdfsig", file.toString())
                .redirectErrorStream(true)
                .start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
