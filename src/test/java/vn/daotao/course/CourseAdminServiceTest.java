package vn.daotao.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import vn.daotao.base.UserFacingException;
import vn.daotao.course.internal.QuestionWriter;
import vn.daotao.security.TestSignIn;

@SpringBootTest
class CourseAdminServiceTest {

    @Autowired
    CourseAdminService courses;

    @Autowired
    CourseContentService content;

    @Autowired
    QuestionWriter questions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext app;

    @AfterEach
    void signOut() {
        TestSignIn.clear(app);
    }

    private static String code() {
        return "K" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static QuestionData question(String text) {
        return new QuestionData(
                QuestionKind.SINGLE,
                text,
                "Vì thế.",
                List.of(new QuestionData.OptionData("Đúng ý", true), new QuestionData.OptionData("Sai ý", false)));
    }

    /** A draft with one module, one section, three questions drawn three at a time. */
    private long readyDraft(long courseId) {
        long draft = courses.editions(courseId).getFirst().id();
        long module = courses.addModule(draft, "Học phần một", "Tóm tắt");
        courses.addSection(module, "Mục 1", "Nội dung **chính**");
        jdbc.sql("update quiz_settings set questions_per_attempt = 3 where module_id = :m")
                .param("m", module)
                .update();
        for (int i = 1; i <= 3; i++) {
            questions.insert(module, question("Câu hỏi " + i));
        }
        return draft;
    }

    @Test
    void publishingFreezesTheDraftAsTheNextEdition() {
        TestSignIn.as(app, "admin");
        long course = courses.createCourse(code(), "Khóa học mới", "Mô tả");
        long draft = courses.editions(course).getFirst().id();
        assertThat(courses.publishProblems(draft))
                .extracting(PublishProblem::key)
                .containsExactly("course.publish.noModules");
        long module = courses.addModule(draft, "Học phần một", "");
        assertThat(courses.publishProblems(draft))
                .extracting(PublishProblem::key)
                .containsExactly("course.publish.noSections", "course.publish.fewQuestions");
        assertThatThrownBy(() -> courses.publish(draft))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("course.publish.noSections");

        courses.addSection(module, "Mục 1", "Nội dung");
        jdbc.sql("update quiz_settings set questions_per_attempt = 2 where module_id = :m")
                .param("m", module)
                .update();
        questions.insert(module, question("Câu hỏi 1"));
        questions.insert(module, question("Câu hỏi 2"));
        assertThat(courses.publishProblems(draft)).isEmpty();
        assertThat(courses.publish(draft)).isEqualTo(1);

        EditionRow published = edition(course, draft);
        assertThat(published.status()).isEqualTo(EditionStatus.PUBLISHED);
        assertThat(published.editionNo()).isEqualTo(1);
        assertThat(published.publishedAt()).isNotNull();
        long section = courses.sections(module).getFirst().id();
        assertThatThrownBy(() -> courses.updateSection(section, "Đổi", "Đổi")).hasMessage("content.error.notDraft");
        assertThatThrownBy(() -> courses.addModule(draft, "Thêm", "")).hasMessage("content.error.notDraft");
        assertThatThrownBy(() -> courses.updateEdition(draft, "Đổi", "", null)).hasMessage("content.error.notDraft");
        assertThatThrownBy(() -> courses.removeModule(module)).hasMessage("content.error.notDraft");
        assertThatThrownBy(() -> courses.publish(draft)).hasMessage("content.error.notDraft");
        assertThatThrownBy(() -> questions.insert(module, question("Lén thêm")))
                .as("the database refuses writers that skip the service")
                .hasMessageContaining("published edition");
        assertThat(content.sections(module)).extracting(SectionContent::title).containsExactly("Mục 1");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'EDITION_PUBLISHED' and target_id = :e")
                        .param("e", String.valueOf(draft))
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aNewEditionCopiesThePublishedOneAndChangesOnlyTheCopy() {
        TestSignIn.as(app, "admin");
        long course = courses.createCourse(code(), "Khóa học có phiên bản", "Mô tả gốc");
        long first = readyDraft(course);
        long firstModule = courses.modules(first).getFirst().id();
        jdbc.sql("""
                        insert into attachment (module_id, file_name, content_type, size_bytes, sha256, content)
                        values (:m, 'tai-lieu.pdf', 'application/pdf', 4, repeat('b', 64), '\\x25504446')""").param("m", firstModule).update();
        long deactivated = content.activeQuestions(firstModule).get(2).id();
        questions.setActive(deactivated, false);
        questions.insert(firstModule, question("Câu hỏi 4"));
        courses.publish(first);
        assertThatThrownBy(() -> courses.newEdition(course + 1_000_000)).isInstanceOf(UserFacingException.class);

        long second = courses.newEdition(course);
        assertThatThrownBy(() -> courses.newEdition(course)).hasMessage("course.error.draftExists");
        EditionRow copy = edition(course, second);
        assertThat(copy.status()).isEqualTo(EditionStatus.DRAFT);
        assertThat(copy.editionNo()).isNull();
        assertThat(copy.description()).isEqualTo("Mô tả gốc");
        ModuleRow copied = courses.modules(second).getFirst();
        assertThat(copied.id()).isNotEqualTo(firstModule);
        assertThat(copied)
                .extracting(
                        ModuleRow::title,
                        ModuleRow::sections,
                        ModuleRow::activeQuestions,
                        ModuleRow::questionsPerAttempt,
                        ModuleRow::attachments)
                .containsExactly("Học phần một", 1, 3, 3, 1);
        assertThat(content.questions(jdbc.sql("select id from question where module_id = :m")
                        .param("m", copied.id())
                        .query(Long.class)
                        .list()))
                .hasSize(4)
                .allSatisfy(q -> assertThat(q.options()).hasSize(2));
        assertThat(content.attachments(copied.id()).getFirst().fileName()).isEqualTo("tai-lieu.pdf");

        courses.updateSection(courses.sections(copied.id()).getFirst().id(), "Mục 1 (sửa)", "Nội dung mới");
        courses.addModule(second, "Học phần hai", "");
        assertThat(courses.sections(firstModule).getFirst().title())
                .as("edition 1 is untouched")
                .isEqualTo("Mục 1");
        assertThat(courses.modules(first)).hasSize(1);

        long secondModule = courses.modules(second).get(1).id();
        courses.addSection(secondModule, "Mục A", "A");
        jdbc.sql("update quiz_settings set questions_per_attempt = 1 where module_id = :m")
                .param("m", secondModule)
                .update();
        questions.insert(secondModule, question("Câu hỏi mới"));
        courses.moveModule(secondModule, -1);
        assertThat(courses.modules(second))
                .extracting(ModuleRow::title)
                .containsExactly("Học phần hai", "Học phần một");
        assertThat(courses.publish(second)).isEqualTo(2);
        assertThat(courses.editions(course)).extracting(EditionRow::editionNo).containsExactly(2, 1);
    }

    @Test
    void sectionsAndModulesAreOrderedAndRemovedWithoutGaps() {
        TestSignIn.as(app, "admin");
        long course = courses.createCourse(code(), "Khóa sắp xếp", "");
        long draft = courses.editions(course).getFirst().id();
        long a = courses.addModule(draft, "A", "");
        long b = courses.addModule(draft, "B", "");
        long c = courses.addModule(draft, "C", "");
        courses.moveModule(a, -1);
        courses.moveModule(c, -1);
        assertThat(courses.modules(draft)).extracting(ModuleRow::title).containsExactly("A", "C", "B");
        courses.removeModule(a);
        assertThat(courses.modules(draft))
                .extracting(ModuleRow::title, ModuleRow::position)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("C", 1), org.assertj.core.groups.Tuple.tuple("B", 2));

        long s1 = courses.addSection(b, "Một", "1");
        long s2 = courses.addSection(b, "Hai", "2");
        courses.moveSection(s2, -1);
        assertThat(courses.sections(b)).extracting(SectionDraft::title).containsExactly("Hai", "Một");
        courses.removeSection(s2);
        assertThat(courses.sections(b))
                .extracting(SectionDraft::id, SectionDraft::position)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(s1, 1));
        assertThatThrownBy(() -> courses.addSection(b, " ", "x")).hasMessage("course.error.titleBlank");
        assertThatThrownBy(() -> courses.createCourse("a b", "X", "")).hasMessage("course.error.code");
    }

    @Test
    void payloadsSavedByAnAdminReachLearnersInert() {
        TestSignIn.as(app, "admin");
        long course = courses.createCourse(code(), "Khóa an toàn", "");
        long module = courses.addModule(courses.editions(course).getFirst().id(), "A", "");
        String payload = """
                Đoạn đầu <script>alert(1)</script> <img src=x onerror=alert(2)>
                [bấm](javascript:alert(3)) <iframe src="https://evil.example"></iframe>
                <a href="#" onmouseover="alert(4)">x</a> <svg onload=alert(5)>""";
        long section = courses.addSection(module, "Mục", payload);
        assertThat(courses.section(section).markdown())
                .as("the source is kept as written")
                .contains("<script>");
        String html = content.sections(module).getFirst().safeHtml().toLowerCase();
        assertThat(html)
                .contains("đoạn đầu")
                .doesNotContain("<script", "<img", "javascript:", "<iframe", "<svg")
                .doesNotContainPattern("\\son[a-z]+\\s*=");
    }

    @Test
    void employeesAndUnitHeadsCannotAuthor() {
        TestSignIn.as(app, "admin");
        long course = courses.createCourse(code(), "Khóa bảo vệ", "");
        long draft = courses.editions(course).getFirst().id();
        long module = courses.addModule(draft, "A", "");
        for (String user : List.of("nhanvien", "truongdonvi")) {
            TestSignIn.as(app, user);
            List<Runnable> calls = List.of(
                    () -> courses.courses(),
                    () -> courses.createCourse(code(), "X", ""),
                    () -> courses.editions(course),
                    () -> courses.updateEdition(draft, "X", "", null),
                    () -> courses.modules(draft),
                    () -> courses.addModule(draft, "X", ""),
                    () -> courses.updateModule(module, "X", ""),
                    () -> courses.moveModule(module, 1),
                    () -> courses.removeModule(module),
                    () -> courses.sections(module),
                    () -> courses.addSection(module, "X", ""),
                    () -> courses.publishProblems(draft),
                    () -> courses.publish(draft),
                    () -> courses.newEdition(course));
            for (Runnable call : calls) {
                assertThatThrownBy(call::run).as(user).isInstanceOf(AccessDeniedException.class);
            }
        }
        TestSignIn.as(app, "admin");
        assertThat(courses.modules(draft)).extracting(ModuleRow::title).containsExactly("A");
    }

    private EditionRow edition(long courseId, long editionId) {
        return courses.editions(courseId).stream()
                .filter(e -> e.id() == editionId)
                .findFirst()
                .orElseThrow();
    }
}
