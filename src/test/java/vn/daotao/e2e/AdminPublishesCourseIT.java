package vn.daotao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daotao.e2e.pages.AdminCoursesPage;
import vn.daotao.e2e.pages.AssignmentsPage;
import vn.daotao.e2e.pages.CourseEditorPage;
import vn.daotao.e2e.pages.CoursePage;
import vn.daotao.e2e.pages.ModuleEditorPage;
import vn.daotao.e2e.pages.ModulePage;
import vn.daotao.e2e.pages.MyCoursesPage;
import vn.daotao.e2e.pages.QuizPage;
import vn.daotao.e2e.pages.ResultPage;
import vn.daotao.e2e.pages.SectionsEditor;

/**
 * The admin's whole path: a new course with a module (a section, a PDF and three questions), published,
 * then published again as a new edition, assigned to a unit with a due date; an employee of that unit
 * then finds it, opens the PDF and passes the quiz.
 */
class AdminPublishesCourseIT extends BrowserTestBase {

    private static final String COMMITMENT = "Tôi đã nghiên cứu, nắm vững nội dung và cam kết thực hiện nghiêm túc.";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder encoder;

    @Test
    void adminPublishesAndAssignsACourseThatAnEmployeeThenTakes() throws IOException {
        String code = "E2E" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String title = "Khóa kiểm thử quản trị " + code;
        TestPeople people = new TestPeople(jdbc, encoder);
        String learner = "nv" + code.toLowerCase();
        people.employee(learner, "Lê Thị Kiểm Thử", people.unit(code));
        Path pdf = samplePdf();

        openLogin().signInAs("admin", DEMO_PASSWORD);
        open("/admin/courses");
        CourseEditorPage course = new AdminCoursesPage(driver).create(code, title, "Khóa học do quản trị viên soạn");
        course.saveCommitment(COMMITMENT);
        course.addModule("Những điều cần nắm", "Tóm tắt học phần");
        course.openModule(1);

        ModuleEditorPage module = new ModuleEditorPage(driver);
        SectionsEditor sections = new SectionsEditor(driver);
        sections.write(
                "Mục 1. Nội dung chính",
                "Cán bộ cần **nắm vững** quy định.\n\n<script>alert(1)</script>",
                "<strong>nắm vững</strong>");
        assertThat(sections.previewHtml())
                .as("the preview is sanitised like the learner view")
                .doesNotContain("<script");
        screenshot("admin-section-editor");
        sections.save(1);
        assertThat(sections.sectionText(1)).contains("Cán bộ cần nắm vững quy định.");

        module.openTab("tab-attachments").upload("attachment-upload", pdf).waitForAttachment("tai-lieu-hoc-tap.pdf");
        module.openTab("tab-questions");
        for (int i = 1; i <= 3; i++) {
            module.addQuestion("Câu hỏi kiểm thử số " + i + "?", "Phương án đúng " + i, "Phương án sai " + i)
                    .markCorrect(0)
                    .save()
                    .waitForQuestion("Câu hỏi kiểm thử số " + i + "?");
        }
        screenshot("admin-question-bank");
        module.openTab("tab-quiz").setQuestionsPerAttempt(3).saveQuizSettings();
        screenshot("admin-quiz-settings");

        open("/admin/courses");
        course = new AdminCoursesPage(driver).open(code);
        assertThat(course.modulesText()).contains("1 mục · 1 tài liệu · 3 câu hỏi (rút 3)");
        assertThat(course.canPublish()).isTrue();
        course.publish();
        assertThat(course.editionsText()).contains("Phiên bản 1");
        course.newEdition();
        assertThat(course.modulesText())
                .as("the draft copies the published edition")
                .contains("1 mục · 1 tài liệu · 3 câu hỏi (rút 3)");
        course.publish();
        assertThat(course.editionsText()).contains("Phiên bản 2", "Phiên bản 1");
        screenshot("admin-course-published");

        String due = LocalDate.now(vn.daotao.base.TimeConfiguration.ZONE)
                .plusDays(20)
                .format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        open("/admin/assignments");
        AssignmentsPage assignments = new AssignmentsPage(driver)
                .openNew()
                .choose("assign-edition", code + " · Phiên bản 2")
                .editionChosen()
                .choose("assign-unit", TestPeople.unitName(code))
                .unitAdded(TestPeople.unitName(code))
                .dueDate(due)
                .save();
        assertThat(assignments.lastConfirmation())
                .as("the admin is told what is about to happen before it does")
                .contains(code + " · Phiên bản 2", "người đang làm việc", "hạn hoàn thành " + due);
        assignments.waitForRow(title);
        screenshot("admin-assignment-created");
        long assignmentId = jdbc.sql("""
                        select a.id from assignment a join course_edition e on e.id = a.edition_id
                          join course c on c.id = e.course_id where c.code = :c""").param("c", code).query(Long.class).single();
        assertThat(jdbc.sql(
                                "select e.edition_no from assignment a join course_edition e on e.id = a.edition_id where a.id = :a")
                        .param("a", assignmentId)
                        .query(Integer.class)
                        .single())
                .as("the newest edition is assigned")
                .isEqualTo(2);

        driver.manage().deleteAllCookies();
        openLogin().signInAs(learner, DEMO_PASSWORD);
        open("/my-courses");
        MyCoursesPage mine = new MyCoursesPage(driver);
        assertThat(mine.cardText(assignmentId)).contains(title, "Chưa bắt đầu");
        CoursePage learnerCourse = mine.open(assignmentId);
        ModulePage learnerModule = learnerCourse.openModule(1);
        assertThat(learnerModule.contentText())
                .contains("Cán bộ cần nắm vững quy định.")
                .doesNotContain("alert(1)");
        List<String> links = learnerModule.attachmentLinks();
        assertThat(links).hasSize(1);
        HttpResponse<byte[]> file = Downloads.get(driver, links.getFirst());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(new String(file.body(), 0, 5)).isEqualTo("%PDF-");
        screenshot("learner-admin-made-module");

        QuizPage quiz = learnerModule.takeQuiz();
        AnswerKey.answerAll(jdbc, quiz, true);
        ResultPage result = quiz.submit();
        assertThat(result.status()).isEqualTo("Đạt");
        CoursePage afterQuiz = result.continueCourse();
        assertThat(afterQuiz.completed()).as("waits for the commitment").isFalse();
        assertThat(afterQuiz.commitmentText()).contains("Xác nhận cam kết", COMMITMENT);
        screenshot("learner-commitment");
        assertThat(afterQuiz.confirmCommitment().completed()).isTrue();
        assertThat(jdbc.sql("select commitment_text from completion_record where assignment_id = :a")
                        .param("a", assignmentId)
                        .query(String.class)
                        .single())
                .as("the completion keeps the text copied into edition 2")
                .isEqualTo(COMMITMENT);
        screenshot("learner-admin-made-course-completed");
    }

    private static Path samplePdf() throws IOException {
        Path dir = Files.createTempDirectory("upload");
        Path file = dir.resolve("tai-lieu-hoc-tap.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                text.newLineAtOffset(72, 700);
                text.showText("Tai lieu hoc tap");
                text.endText();
            }
            doc.save(file.toFile());
        }
        return file;
    }
}
