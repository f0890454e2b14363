package vn.daotao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.daotao.e2e.pages.AdminCoursesPage;
import vn.daotao.e2e.pages.CourseEditorPage;

/** An admin writes a course: modules in order, and publishing waits until the draft is complete. */
class CourseAuthoringIT extends BrowserTestBase {

    @Test
    void adminCreatesACourseAndSeesWhatPublishingStillNeeds() {
        String code = "E2E" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        openLogin().signInAs("admin", DEMO_PASSWORD);
        open("/admin/courses");
        AdminCoursesPage list = new AdminCoursesPage(driver);
        screenshot("admin-courses");
        CourseEditorPage editor = list.create(code, "Phòng, chống tham nhũng, tiêu cực", "Khóa học thử nghiệm");
        assertThat(editor.title()).isEqualTo("Phòng, chống tham nhũng, tiêu cực");
        assertThat(editor.publishBoxText()).contains("Bản nháp chưa có học phần nào.");
        assertThat(editor.canPublish()).isFalse();

        editor.addModule("Quy định chung", "Những điều cần biết").addModule("Trách nhiệm", "");
        assertThat(editor.modulesText())
                .contains("Quy định chung", "Trách nhiệm", "0 mục · 0 tài liệu · 0 câu hỏi (rút 5)");
        assertThat(editor.publishBoxText())
                .contains(
                        "Học phần 1 (Quy định chung) chưa có mục nội dung nào.",
                        "Học phần 2 (Trách nhiệm) có 0 câu hỏi đang dùng, ít hơn 5 câu cần rút cho mỗi lần làm bài.");
        screenshot("admin-course-editor");
    }
}
