package vn.daotao.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import vn.daotao.security.TestSignIn;

/** Every admin content method refuses an employee, whatever the ids, and changes nothing. */
@SpringBootTest
class AdminServicesAccessTest {

    @Autowired
    AttachmentService attachments;

    @Autowired
    QuestionBankService bank;

    @Autowired
    QuestionImportService imports;

    @Autowired
    ModuleAdminService modules;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext app;

    @AfterEach
    void signOut() {
        TestSignIn.clear(app);
    }

    @Test
    void anEmployeeIsRefusedEverywhere() {
        long module = TestModules.draft(jdbc).moduleId();
        TestSignIn.as(app, "admin");
        long attachment = attachments
                .upload(module, "a.pdf", new ByteArrayInputStream(TestFiles.pdf()))
                .id();
        long question = bank.add(module, QuestionBankServiceTest.single("Câu"));
        byte[] template = imports.template(ImportFormat.CSV);

        TestSignIn.as(app, "nhanvien");
        Map<String, ThrowingCallable> calls = Map.ofEntries(
                Map.entry("maxSize", attachments::maxSize),
                Map.entry("attachments", () -> attachments.attachments(module)),
                Map.entry(
                        "upload", () -> attachments.upload(module, "b.pdf", new ByteArrayInputStream(TestFiles.pdf()))),
                Map.entry("remove", () -> attachments.remove(attachment)),
                Map.entry("content", () -> attachments.content(attachment)),
                Map.entry("questions", () -> bank.questions(module)),
                Map.entry("add", () -> bank.add(module, QuestionBankServiceTest.single("X"))),
                Map.entry("update", () -> bank.update(question, QuestionBankServiceTest.single("Y"))),
                Map.entry("setActive", () -> bank.setActive(question, false)),
                Map.entry("template", () -> imports.template(ImportFormat.XLSX)),
                Map.entry("dryRun", () -> imports.dryRun(module, "a.csv", template)),
                Map.entry("importAll", () -> imports.importAll(module, "a.csv", template)),
                Map.entry("header", () -> modules.header(module)),
                Map.entry("quizSettings", () -> modules.quizSettings(module)),
                Map.entry("activeQuestionCount", () -> modules.activeQuestionCount(module)),
                Map.entry("saveQuizSettings", () -> modules.saveQuizSettings(QuizSettingsRules.defaults(module))));
        calls.forEach((name, call) -> assertThatThrownBy(call).as(name).isInstanceOf(AccessDeniedException.class));

        TestSignIn.as(app, "admin");
        assertThat(attachments.attachments(module)).hasSize(1);
        assertThat(bank.questions(module))
                .extracting(QuestionRow::text, QuestionRow::active)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Câu", true));
        assertThat(List.of(modules.quizSettings(module).passMarkPercent())).containsExactly(80);
    }
}
