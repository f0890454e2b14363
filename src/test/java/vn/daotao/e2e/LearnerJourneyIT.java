package vn.daotao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daotao.e2e.pages.CertificatesPage;
import vn.daotao.e2e.pages.CoursePage;
import vn.daotao.e2e.pages.ModulePage;
import vn.daotao.e2e.pages.MyCoursesPage;
import vn.daotao.e2e.pages.QuizPage;
import vn.daotao.e2e.pages.ResultPage;
import vn.daotao.e2e.pages.VerifyPage;

/**
 * A learner of the test's own studies the course built from the seed text end to end: every module, one failed quiz,
 * a reload mid-quiz, the certificate PDF, and the public check behind its QR code.
 */
class LearnerJourneyIT extends BrowserTestBase {

    private static final String COURSE = "Công tác bảo vệ chính trị nội bộ";
    /** The test's own learner (demo accounts are not changed by tests). */
    private static final String LEARNER = "Nguyễn Thị Học Viên";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder encoder;

    @Test
    void aLearnerCompletesTheCourseAndTheCertificateChecksOut() throws Exception {
        String code =
                "LJ-" + java.util.UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String username = "hocvien" + code.substring(3).toLowerCase();
        TestPeople people = new TestPeople(jdbc, encoder);
        people.employee(username, LEARNER, people.unit(code));
        long assignmentId = people.demoCourseCycle(username);
        openLogin().signInAs(username, DEMO_PASSWORD);
        open("/my-courses");
        MyCoursesPage myCourses = new MyCoursesPage(driver);
        assertThat(myCourses.cardText(assignmentId)).contains(COURSE, "Chưa bắt đầu", "Đã hoàn thành 0/4 học phần");
        screenshot("learner-my-courses");

        CoursePage course = myCourses.open(assignmentId);
        assertThat(course.canOpen(2)).as("module 2 waits for module 1").isFalse();
        assertThat(course.moduleText(2)).contains("Cần hoàn thành học phần trước");
        screenshot("learner-course");

        for (int position = 1; position <= 4; position++) {
            ModulePage module = course.openModule(position);
            QuizPage quiz;
            if (position == 1) {
                assertThat(module.contentText())
                        .contains(
                                "Nhà chiếu phim (Đồng Mô - Sơn Tây - Hà Nội)",
                                "Cục An ninh chính trị nội bộ - Bộ Công an");
                screenshot("learner-module");
                checkAttachmentOpensInline(module);

                // First attempt: wrong on purpose.
                quiz = module.takeQuiz();
                screenshot("learner-quiz");
                AnswerKey.answerAll(jdbc, quiz, false);
                ResultPage failed = quiz.submit();
                assertThat(failed.status()).isEqualTo("Chưa đạt");
                assertThat(failed.score()).isEqualTo("0%");
                assertThat(failed.showsReview())
                        .as("which questions were wrong is shown")
                        .isTrue();
                assertThat(failed.wrongQuestions()).isEqualTo(5);
                assertThat(failed.showsAnswers())
                        .as("the right answers stay hidden until passed (AFTER_PASS)")
                        .isFalse();
                screenshot("learner-result-failed");

                // Second attempt: two answers, reload, the answers are still there.
                quiz = failed.retry().takeQuiz();
                List<AnswerKey.Question> questions = AnswerKey.questions(jdbc, quiz.attemptId());
                quiz.answer(1, questions.get(0).correct())
                        .answer(2, questions.get(1).correct());
                quiz = quiz.reload();
                assertThat(quiz.answeredText()).isEqualTo("Đã trả lời 2/5 câu");
                for (int option : questions.get(0).correct()) {
                    assertThat(quiz.isChosen(1, option)).isTrue();
                }
                for (AnswerKey.Question q : questions.subList(2, questions.size())) {
                    quiz.answer(q.position(), q.correct());
                }
            } else {
                quiz = module.takeQuiz();
                AnswerKey.answerAll(jdbc, quiz, true);
            }
            ResultPage passed = quiz.submit();
            assertThat(passed.status()).isEqualTo("Đạt");
            assertThat(passed.score()).isEqualTo("100%");
            assertThat(passed.showsReview()).isTrue();
            assertThat(passed.showsAnswers()).isTrue();
            if (position == 1) {
                screenshot("learner-result-passed");
            }
            if (position == 4) {
                assertThat(passed.completionAnnouncement())
                        .contains("Chúc mừng! Bạn đã hoàn thành khóa học «" + COURSE + "»");
                assertThat(passed.completionCertificateLink()).matches(".*/files/certificates/\\d+");
                screenshot("learner-course-completed-announcement");
            }
            course = passed.continueCourse();
        }

        assertThat(course.completed()).isTrue();
        assertThat(course.progressText()).isEqualTo("Đã hoàn thành 4/4 học phần");
        screenshot("learner-course-completed");

        CertificatesPage certificates = course.openCertificates();
        String serial =
                jdbc.sql("""
                        select c.serial from certificate c join completion_record r on r.id = c.completion_id
                         where r.assignment_id = :a""").param("a", assignmentId).query(String.class).single();
        assertThat(certificates.cardText(serial)).contains(COURSE, "Còn hiệu lực");
        screenshot("learner-certificates");

        open("/");
        org.openqa.selenium.WebElement fresh = new org.openqa.selenium.support.ui.WebDriverWait(
                        driver, java.time.Duration.ofSeconds(20))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                        org.openqa.selenium.By.id("home-certificates")));
        assertThat(fresh.getText()).contains("Giấy chứng nhận mới của bạn", COURSE, serial);
        screenshot("learner-home-new-certificate");
        open("/certificates");
        certificates = new CertificatesPage(driver);

        HttpResponse<byte[]> download = Downloads.get(driver, certificates.downloadLink(serial));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        byte[] pdf = download.body();
        Path saved = Path.of(System.getProperty("screenshot.dir", "target/screenshots"), "certificate.pdf");
        Files.createDirectories(saved.getParent());
        Files.write(saved, pdf);
        String qrUrl;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains(LEARNER, COURSE, serial, TestPeople.unitName(code));
            qrUrl = decodeQr(new PDFRenderer(doc).renderImageWithDPI(0, 200));
        }
        assertThat(qrUrl).matches(".*/verify/[A-Za-z0-9_-]{22}");

        // Signed out, as anyone scanning the code would be.
        driver.manage().deleteAllCookies();
        open(URI.create(qrUrl).getPath());
        VerifyPage verify = new VerifyPage(driver);
        assertThat(verify.status()).isEqualTo("Giấy chứng nhận hợp lệ");
        assertThat(verify.text()).contains(LEARNER, COURSE).doesNotContain(serial, TestPeople.unitName(code));
        screenshot("verify-valid");

        open("/verify/KhongCoMaNayTrongHeThong1");
        assertThat(new VerifyPage(driver).status()).isEqualTo("Không tìm thấy giấy chứng nhận");
        screenshot("verify-not-found");
        assertThat(Downloads.get(driver, baseUrl() + "/verify/KhongCoMaNayTrongHeThong1")
                        .statusCode())
                .isEqualTo(404);
        assertThat(Downloads.get(driver, baseUrl() + "/verify/%3Cscript%3E").statusCode())
                .isEqualTo(404);
    }

    private void checkAttachmentOpensInline(ModulePage module) {
        List<String> links = module.attachmentLinks();
        assertThat(links).hasSize(1);
        HttpResponse<byte[]> file = Downloads.get(driver, links.getFirst());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(file.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).startsWith("inline"));
        assertThat(file.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(new String(file.body(), 0, 5)).isEqualTo("%PDF-");
    }

    /** A new cycle of the demo course just for this run, so the test does not depend on earlier runs. */
    private static String decodeQr(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(
                new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        return new QRCodeReader()
                .decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
                .getText();
    }
}
