package vn.daotao.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daotao.base.UserFacingException;
import vn.daotao.base.imports.ImportLine;
import vn.daotao.base.imports.ImportProblem;
import vn.daotao.base.imports.ImportReport;
import vn.daotao.security.TestSignIn;

@SpringBootTest
class QuestionImportServiceTest {

    static final String HEADER =
            "Loại câu hỏi;Nội dung câu hỏi;Đáp án đúng;Giải thích;Phương án A;Phương án B;Phương án C\n";

    @Autowired
    QuestionImportService imports;

    @Autowired
    QuestionBankService bank;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext app;

    @BeforeEach
    void signIn() {
        TestSignIn.as(app, "admin");
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear(app);
    }

    @Test
    void badRowsImportNothingAndEachRowIsReportedWithItsProblem() {
        long module = TestModules.draft(jdbc).moduleId();
        byte[] csv = (HEADER
                        + "SINGLE;Câu đúng;A;;Có;Không\n"
                        + "SINGLE;Thiếu đáp án;;;Có;Không\n"
                        + "ESSAY;Loại lạ;A;;Có;Không\n"
                        + "\n"
                        + "MULTIPLE;;A;;Có;Không\n"
                        + "SINGLE;Đáp án sai;E;;Có;Không\n"
                        + "SINGLE;" + "x".repeat(2001) + ";A;;Có;Không\n")
                .getBytes(StandardCharsets.UTF_8);

        ImportReport report = imports.dryRun(module, "cau-hoi.csv", csv);
        assertThat(report.ok()).isFalse();
        assertThat(report.lines()).extracting(ImportLine::row).containsExactly(2, 3, 4, 6, 7, 8);
        assertThat(report.lines())
                .extracting(r -> r.problems().stream().map(ImportProblem::key).toList())
                .containsExactly(
                        java.util.List.of(),
                        java.util.List.of("question.error.correct.none"),
                        java.util.List.of("questionImport.error.kind.unknown"),
                        java.util.List.of("question.error.text.blank"),
                        java.util.List.of("questionImport.error.answer.empty"),
                        java.util.List.of("question.error.text.long"));

        assertThatThrownBy(() -> imports.importAll(module, "cau-hoi.csv", csv))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("questionImport.error.hasProblems")
                .satisfies(e -> assertThat(((UserFacingException) e).args()).containsExactly(5));
        assertThat(bank.questions(module)).isEmpty();
    }

    @Test
    void aGoodFileImportsEveryRowInOneGo() {
        long module = TestModules.draft(jdbc).moduleId();
        bank.add(module, QuestionBankServiceTest.single("Có sẵn"));
        byte[] csv = ("\uFEFF" + HEADER
                        + "SINGLE;Câu một;B;Giải thích một;Có;Không\n"
                        + "Nhiều lựa chọn;Câu hai;A, C;;X;Y;Z\n"
                        + "TRUE_FALSE;Câu ba;Sai;;;\n")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(imports.dryRun(module, "a.csv", csv).ok()).isTrue();
        assertThat(imports.importAll(module, "a.csv", csv)).isEqualTo(3);

        assertThat(bank.questions(module))
                .extracting(QuestionRow::text)
                .containsExactly("Có sẵn", "Câu một", "Câu hai", "Câu ba");
        QuestionRow tf = bank.questions(module).getLast();
        assertThat(tf.kind()).isEqualTo(QuestionKind.TRUE_FALSE);
        assertThat(tf.options())
                .containsExactly(new QuestionData.OptionData("Đúng", false), new QuestionData.OptionData("Sai", true));
        assertThat(jdbc.sql(
                                "select details ->> 'count' from audit_event where action = 'QUESTIONS_IMPORTED' and target_id = :m")
                        .param("m", String.valueOf(module))
                        .query(String.class)
                        .single())
                .isEqualTo("3");
    }

    @Test
    void theXlsxTemplateImportsItsExamples() {
        long module = TestModules.draft(jdbc).moduleId();
        assertThat(imports.importAll(module, "mau.xlsx", imports.template(ImportFormat.XLSX)))
                .isEqualTo(3);
        assertThat(bank.questions(module))
                .extracting(QuestionRow::kind)
                .containsExactly(QuestionKind.SINGLE, QuestionKind.MULTIPLE, QuestionKind.TRUE_FALSE);
    }

    @Test
    void otherFilesAreRefusedAndAudited() {
        long module = TestModules.draft(jdbc).moduleId();
        assertThatThrownBy(() -> imports.dryRun(module, "cau-hoi.csv", TestFiles.exe()))
                .hasMessage("questionImport.error.type");
        assertThatThrownBy(() -> imports.dryRun(module, "cau-hoi.xlsx", TestFiles.docx()))
                .hasMessage("questionImport.error.type");
        assertThatThrownBy(() -> imports.dryRun(module, "lon.csv", new byte[QuestionImportService.MAX_BYTES + 1]))
                .hasMessage("questionImport.error.tooLarge");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'UPLOAD_REFUSED' and target_id = :m")
                        .param("m", String.valueOf(module))
                        .query(Integer.class)
                        .single())
                .isEqualTo(3);
    }

    @Test
    void aPublishedModuleTakesNoImport() {
        long module = TestModules.published(jdbc).moduleId();
        byte[] csv = (HEADER + "SINGLE;Câu;A;;Có;Không\n").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> imports.importAll(module, "a.csv", csv)).hasMessage("content.error.notDraft");
        assertThat(bank.questions(module)).isEmpty();
    }
}
