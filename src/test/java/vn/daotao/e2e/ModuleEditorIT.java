package vn.daotao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daotao.course.TestFiles;
import vn.daotao.course.TestModules;
import vn.daotao.e2e.pages.ModuleEditorPage;

/** An admin fills a draft module: uploads a file, adds a question, checks an import, sets the quiz. */
class ModuleEditorIT extends BrowserTestBase {

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    @Test
    void adminFillsADraftModule() throws IOException {
        TestModules.Fixture draft = TestModules.draft(jdbc);
        openLogin().signInAs("admin", DEMO_PASSWORD);
        open("/admin/modules/" + draft.moduleId());
        ModuleEditorPage page = new ModuleEditorPage(driver);
        assertThat(page.title()).startsWith("Học phần soạn thảo");
        assertThat(page.backLink()).endsWith("/admin/courses/" + draft.courseId());
        assertThat(page.has("sections-panel")).isTrue();
        screenshot("module-editor-sections");

        page.openTab("tab-attachments");
        Path pdf = Files.write(dir.resolve("Tài liệu hội nghị.pdf"), TestFiles.pdf());
        page.upload("attachment-upload", pdf).waitForAttachment("Tài liệu hội nghị.pdf");
        Path exe = Files.write(dir.resolve("chuong-trinh.pdf"), TestFiles.exe());
        page.upload("attachment-upload", exe);
        assertThat(page.attachmentMessage()).contains("chuong-trinh.pdf", "Loại tệp không được chấp nhận");
        assertThat(jdbc.sql("select file_name from attachment where module_id = :m")
                        .param("m", draft.moduleId())
                        .query(String.class)
                        .list())
                .containsExactly("Tài liệu hội nghị.pdf");
        screenshot("module-editor-attachments");

        page.openTab("tab-questions");
        page.addQuestion("Ai chịu trách nhiệm bảo vệ chính trị nội bộ?", "Cấp ủy", "Cả hệ thống chính trị");
        page.save();
        assertThat(page.problems()).contains("Chưa đánh dấu đáp án đúng");
        screenshot("module-editor-question-dialog");
        page.markCorrect(1).save().waitForQuestion("Ai chịu trách nhiệm bảo vệ chính trị nội bộ?");
        assertThat(jdbc.sql("select count(*) from question where module_id = :m")
                        .param("m", draft.moduleId())
                        .query(Integer.class)
                        .single())
                .isOne();

        page.openImport();
        Path csv = Files.writeString(dir.resolve("cau-hoi.csv"), """
                Loại câu hỏi;Nội dung câu hỏi;Đáp án đúng;Giải thích;Phương án A;Phương án B
                SINGLE;Câu hợp lệ;A;;Có;Không
                SINGLE;Câu thiếu đáp án;;;Có;Không
                ESSAY;Câu loại lạ;A;;Có;Không
                """, StandardCharsets.UTF_8);
        page.upload("import-upload", csv);
        assertThat(page.dryRunTable())
                .contains("Hợp lệ", "Chưa đánh dấu đáp án đúng", "Loại câu hỏi \"ESSAY\" không hợp lệ");
        assertThat(page.importEnabled()).isFalse();
        screenshot("module-editor-import");
        page.closeImport();
        screenshot("module-editor-questions");

        page.openTab("tab-quiz").setQuestionsPerAttempt(10);
        assertThat(page.quizWarning()).contains("10");
        page.saveQuizSettings();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                .until(d -> jdbc.sql("select questions_per_attempt from quiz_settings where module_id = :m")
                                .param("m", draft.moduleId())
                                .query(Integer.class)
                                .single()
                        == 10);
        screenshot("module-editor-quiz");
    }

    @Test
    void aPublishedModuleIsReadOnlyAndUnknownIdsAreNotFound() {
        TestModules.Fixture published = TestModules.published(jdbc);
        openLogin().signInAs("admin", DEMO_PASSWORD);
        open("/admin/modules/" + published.moduleId());
        ModuleEditorPage page = new ModuleEditorPage(driver);
        assertThat(page.has("module-read-only")).isTrue();
        page.openTab("tab-attachments");
        assertThat(page.has("attachment-upload")).isFalse();
        page.openTab("tab-questions");
        assertThat(page.has("question-add")).isFalse();
        page.openTab("tab-quiz");
        assertThat(page.has("quiz-settings-save")).isFalse();
        screenshot("module-editor-published");

        open("/admin/modules/abc");
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                .until(d -> !d.findElements(By.id("not-found")).isEmpty());
        open("/admin/modules/999999999");
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                .until(d -> !d.findElements(By.id("not-found")).isEmpty());
    }
}
