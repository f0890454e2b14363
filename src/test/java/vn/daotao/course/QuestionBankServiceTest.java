package vn.daotao.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daotao.base.UserFacingException;
import vn.daotao.security.TestSignIn;

@SpringBootTest
class QuestionBankServiceTest {

    @Autowired
    QuestionBankService bank;

    @Autowired
    ModuleAdminService modules;

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

    static QuestionData single(String text) {
        return new QuestionData(
                QuestionKind.SINGLE,
                text,
                "Vì thế",
                List.of(new QuestionData.OptionData("Có", true), new QuestionData.OptionData("Không", false)));
    }

    @Test
    void addEditDeactivateAndReactivate() {
        long module = TestModules.draft(jdbc).moduleId();
        long id = bank.add(module, single("Câu một"));
        bank.add(
                module,
                new QuestionData(
                        QuestionKind.TRUE_FALSE,
                        "Câu hai",
                        "",
                        List.of(new QuestionData.OptionData("Đúng", false), new QuestionData.OptionData("Sai", true))));
        assertThat(bank.questions(module)).extracting(QuestionRow::text).containsExactly("Câu một", "Câu hai");

        QuestionData edited = new QuestionData(
                QuestionKind.MULTIPLE,
                "Câu một (sửa)",
                "",
                List.of(
                        new QuestionData.OptionData("A", true),
                        new QuestionData.OptionData("B", true),
                        new QuestionData.OptionData("C", false)));
        bank.update(id, edited);
        QuestionRow row = bank.questions(module).getFirst();
        assertThat(row.data()).isEqualTo(edited);
        assertThat(row.active()).isTrue();

        bank.setActive(id, false);
        assertThat(bank.questions(module)).extracting(QuestionRow::active).containsExactly(false, true);
        assertThat(modules.activeQuestionCount(module)).isOne();
        bank.setActive(id, true);
        assertThat(modules.activeQuestionCount(module)).isEqualTo(2);
        assertThat(jdbc.sql(
                                "select action from audit_event where target_type = 'QUESTION' and target_id = :id order by id")
                        .param("id", String.valueOf(id))
                        .query(String.class)
                        .list())
                .containsExactly("QUESTION_CREATED", "QUESTION_UPDATED", "QUESTION_DEACTIVATED", "QUESTION_UPDATED");
    }

    @Test
    void anInvalidQuestionIsRefusedWithEachProblem() {
        long module = TestModules.draft(jdbc).moduleId();
        QuestionData bad =
                new QuestionData(QuestionKind.SINGLE, " ", "", List.of(new QuestionData.OptionData("x", false)));
        assertThatThrownBy(() -> bank.add(module, bad))
                .isInstanceOf(InvalidQuestionException.class)
                .satisfies(e -> assertThat(((InvalidQuestionException) e).problems())
                        .containsExactly(
                                "question.error.text.blank",
                                "question.error.options.few",
                                "question.error.correct.none"));
        assertThat(bank.questions(module)).isEmpty();
    }

    @Test
    void aPublishedModuleIsReadOnly() {
        long[] added = new long[1];
        long published = TestModules.published(jdbc, m -> added[0] = bank.add(m, single("Câu")))
                .moduleId();
        long id = added[0];

        assertThatThrownBy(() -> bank.add(published, single("Mới"))).hasMessage("content.error.notDraft");
        assertThatThrownBy(() -> bank.update(id, single("Sửa"))).hasMessage("content.error.notDraft");
        assertThatThrownBy(() -> bank.setActive(id, false)).hasMessage("content.error.notDraft");
        assertThatThrownBy(() -> modules.saveQuizSettings(QuizSettingsRules.defaults(published)))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("content.error.notDraft");
        assertThat(bank.questions(published)).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("Câu");
            assertThat(q.active()).isTrue();
        });
    }

    @Test
    void quizSettingsAreValidatedSavedAndAudited() {
        TestModules.Fixture f = TestModules.draft(jdbc);
        long module = f.moduleId();
        assertThat(modules.header(module)).hasValueSatisfying(h -> {
            assertThat(h.courseId()).isEqualTo(f.courseId());
            assertThat(h.draft()).isTrue();
        });
        QuizSettings settings = new QuizSettings(module, 10, false, true, 70, 3, 900, ReviewPolicy.FULL);
        modules.saveQuizSettings(settings);
        assertThat(modules.quizSettings(module)).isEqualTo(settings);
        assertThat(jdbc.sql("""
                        select details -> 'after' ->> 'passMarkPercent' from audit_event
                         where action = 'QUIZ_SETTINGS_CHANGED' and target_id = :m""")
                        .param("m", String.valueOf(module))
                        .query(String.class)
                        .single())
                .isEqualTo("70");

        QuizSettings bad = new QuizSettings(module, 0, true, true, 101, 0, 10, null);
        assertThatThrownBy(() -> modules.saveQuizSettings(bad))
                .isInstanceOf(InvalidQuestionException.class)
                .satisfies(e -> assertThat(((InvalidQuestionException) e).problems())
                        .containsExactly(
                                "quiz.error.questions",
                                "quiz.error.passMark",
                                "quiz.error.attempts",
                                "quiz.error.timeLimit",
                                "quiz.error.reviewPolicy"));
        assertThat(modules.quizSettings(module)).isEqualTo(settings);

        QuizSettings unlimited = new QuizSettings(module, 10, false, true, 70, null, null, ReviewPolicy.NONE);
        modules.saveQuizSettings(unlimited);
        assertThat(modules.quizSettings(module)).isEqualTo(unlimited);
    }
}
