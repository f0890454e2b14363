package vn.daotao.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.daotao.base.TimeConfiguration;

/**
 * Seeds the course built from the seed text (demo/course-bvctnb.json) as its published first edition,
 * the certificate template, and an assignment of the course to the whole demo organisation. Skipped
 * when the course already exists, so restarts and admin edits are left alone.
 */
@Component
@Profile("demo")
@Order(20)
class DemoCourseSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCourseSeeder.class);
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    DemoCourseSeeder(JdbcClient jdbc, TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        DemoCourse course = read();
        tx.executeWithoutResult(status -> {
            seedTemplate();
            boolean exists = jdbc.sql("select exists (select 1 from course where code = :c)")
                    .param("c", course.code())
                    .query(Boolean.class)
                    .single();
            if (!exists) {
                seed(course);
                log.info(
                        "Demo course '{}' seeded with {} modules",
                        course.title(),
                        course.modules().size());
            }
        });
    }

    private void seedTemplate() {
        // Organisation, signer name and title, and the place (Đồng Mô - Sơn Tây - Hà Nội) as the seed text
        // gives them; the national heading; no governing body (the seed text names none). Admins change them.
        jdbc.sql("""
                        insert into certificate_template (id, organisation_name, signer_name, signer_title, serial_prefix,
                                                          header_kind, place)
                        values (1, 'Ban Quản lý Làng Văn hóa - Du lịch các dân tộc Việt Nam', 'Trịnh Ngọc Chung',
                                'Quyền Trưởng ban', 'BVCTNB', 'NATIONAL', 'Hà Nội')
                        on conflict (id) do nothing""").update();
    }

    private void seed(DemoCourse course) {
        long courseId = jdbc.sql("insert into course (code, title) values (:c, :t) returning id")
                .param("c", course.code())
                .param("t", course.title())
                .query(Long.class)
                .single();
        long editionId = jdbc.sql("""
                        insert into course_edition (course_id, status, title, description)
                        values (:c, 'DRAFT', :t, :d) returning id""")
                .param("c", courseId)
                .param("t", course.title())
                .param("d", course.description())
                .query(Long.class)
                .single();
        int modulePosition = 1;
        for (DemoCourse.Module module : course.modules()) {
            long moduleId = jdbc.sql("""
                            insert into course_module (edition_id, position, title, summary)
                            values (:e, :p, :t, :s) returning id""")
                    .param("e", editionId)
                    .param("p", modulePosition)
                    .param("t", module.title())
                    .param("s", module.summary())
                    .query(Long.class)
                    .single();
            int sectionPosition = 1;
            for (DemoCourse.Section section : module.sections()) {
                jdbc.sql(
                                "insert into module_section (module_id, position, title, body_markdown) values (:m, :p, :t, :b)")
                        .param("m", moduleId)
                        .param("p", sectionPosition++)
                        .param("t", section.title())
                        .param("b", section.markdown())
                        .update();
            }
            jdbc.sql("""
                            insert into quiz_settings (module_id, questions_per_attempt, shuffle_questions, shuffle_options,
                                                       pass_mark_percent, max_attempts, time_limit_seconds, review_policy)
                            values (:m, 5, true, true, 80, null, 1200, 'AFTER_PASS')""").param("m", moduleId).update();
            int questionPosition = 1;
            for (DemoCourse.Question question : module.questions()) {
                long questionId = jdbc.sql("""
                                insert into question (module_id, position, kind, text, explanation)
                                values (:m, :p, :k, :t, :x) returning id""")
                        .param("m", moduleId)
                        .param("p", questionPosition++)
                        .param("k", question.kind())
                        .param("t", question.text())
                        .param("x", question.explanation())
                        .query(Long.class)
                        .single();
                int optionPosition = 1;
                for (DemoCourse.Option option : question.options()) {
                    jdbc.sql(
                                    "insert into question_option (question_id, position, text, correct) values (:q, :p, :t, :c)")
                            .param("q", questionId)
                            .param("p", optionPosition++)
                            .param("t", option.text())
                            .param("c", option.correct())
                            .update();
                }
            }
            if (modulePosition == 1) {
                attachArticle(moduleId);
            }
            modulePosition++;
        }
        // Content goes in while the edition is a draft; publishing freezes it.
        jdbc.sql("update course_edition set status = 'PUBLISHED', edition_no = 1, published_at = now() where id = :e")
                .param("e", editionId)
                .update();
        LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.ZONE));
        jdbc.sql("""
                        insert into assignment (edition_id, unit_id, include_subunits, period_start, due_date)
                        values (:e, (select id from unit where code = 'BQL'), true, :start, :due)""")
                .param("e", editionId)
                .param("start", today.withDayOfYear(1))
                .param("due", today.plusDays(30))
                .update();
    }

    private void attachArticle(long moduleId) {
        try (InputStream in = getClass().getResourceAsStream("/demo/seed-article.txt")) {
            byte[] pdf = SeedArticlePdf.render(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            jdbc.sql("""
                            insert into attachment (module_id, file_name, content_type, size_bytes, sha256, content)
                            values (:m, :n, 'application/pdf', :size, :sha, :content)""")
                    .param("m", moduleId)
                    .param("n", "Hoi-nghi-chuyen-de-BVCTNB-toan-van.pdf")
                    .param("size", pdf.length)
                    .param("sha", sha256(pdf))
                    .param("content", pdf)
                    .update();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot attach the seed article", e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DemoCourse read() {
        try (InputStream in = DemoCourseSeeder.class.getResourceAsStream("/demo/course-bvctnb.json")) {
            return JsonMapper.builder().build().readValue(in, DemoCourse.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo course", e);
        }
    }
}
