package vn.daotao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.daotao.e2e.pages.ModulePage;
import vn.daotao.e2e.pages.QuizPage;

/**
 * WCAG 2.1 AA with axe-core on every page of every role, signed out and in: no serious or critical
 * violation. Each page is checked once it has drawn what identifies it.
 */
class AccessibilityIT extends BrowserTestBase {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    private final List<String> problems = new ArrayList<>();

    @Test
    void everyPageOfEveryRoleMeetsWcag21AA() {
        check("/login", "login-form");
        check("/login?error", "login-error");
        check("/verify/KhongCoMaNayTrongHeThong1", "verify-result");

        String code = "AX-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String learner = "truycap" + code.substring(3).toLowerCase();
        TestPeople people = new TestPeople(jdbc, encoder);
        people.employee(learner, "Lê Văn Truy Cập", people.unit(code));
        long assignment = people.demoCourseCycle(learner);
        long module = people.firstModule(assignment);
        openLogin().signInAs(learner, DEMO_PASSWORD);
        check("/", "home-greeting");
        check("/my-courses", "my-courses-title");
        check("/courses/" + assignment, "course-title");
        check("/courses/" + assignment + "/modules/" + module, "module-title");
        QuizPage quiz = new ModulePage(driver).takeQuiz();
        analyze("/quiz (running)");
        AnswerKey.answerAll(jdbc, quiz, false);
        quiz.submit();
        analyze("/quiz (result)");
        check("/certificates", "certificates-title");
        check("/account/password", "password-title");
        check("/khong-ton-tai", "not-found");
        signOut();

        openLogin().signInAs("truongdonvi", DEMO_PASSWORD);
        check("/unit", "unit-title");
        check("/sessions", "sessions-title");
        long nhanvien = jdbc.sql("select id from app_user where username = 'nhanvien'")
                .query(Long.class)
                .single();
        check("/unit/people/" + nhanvien, "person-name");
        signOut();

        openLogin().signInAs("admin", DEMO_PASSWORD);
        check("/admin", "admin-title");
        check("/admin/courses", "courses-grid");
        long course = jdbc.sql("select id from course where code = 'BVCTNB'")
                .query(Long.class)
                .single();
        check("/admin/courses/" + course, "course-editor-title");
        check("/admin/modules/" + module, "module-editor-title");
        check("/admin/assignments", "assignments-grid");
        check("/admin/people", "people-grid");
        check("/admin/people/" + nhanvien, "person-title");
        check("/admin/people/import", "import-title");
        check("/admin/units", "units-title");
        check("/admin/certificate-settings", "settings-title");
        check("/admin/certificates", "revoke-title");
        check("/admin/audit", "audit-grid");
        check("/admin/records", "records-title");

        assertThat(problems).as("serious or critical WCAG 2.1 AA violations").isEmpty();
    }

    private void check(String path, String readyId) {
        open(path);
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id(readyId)));
        analyze(path);
    }

    private void analyze(String what) {
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        for (Rule rule : results.getViolations()) {
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                problems.add(what + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " at "
                        + rule.getNodes().stream()
                                .limit(3)
                                .map(n -> n.getTarget() + " " + n.getHtml() + " " + n.getFailureSummary())
                                .toList());
            }
        }
        System.out.println("axe " + what + ": " + results.getViolations().size() + " violations, "
                + results.getPasses().size() + " rules passed");
    }

    private void signOut() {
        driver.manage().deleteAllCookies();
    }
}
