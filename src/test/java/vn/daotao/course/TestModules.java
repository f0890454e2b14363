package vn.daotao.course;

import java.util.UUID;
import java.util.function.LongConsumer;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A course with one module straight in the database, as a draft (editable) or a published edition. */
public final class TestModules {

    private TestModules() {}

    public record Fixture(long courseId, long editionId, long moduleId) {}

    public static Fixture draft(JdbcClient jdbc) {
        return create(jdbc, false);
    }

    public static Fixture published(JdbcClient jdbc) {
        return published(jdbc, module -> {});
    }

    /** A published module; {@code content} adds to it while its edition is still a draft. */
    public static Fixture published(JdbcClient jdbc, LongConsumer content) {
        return create(jdbc, true, content);
    }

    private static Fixture create(JdbcClient jdbc, boolean published) {
        return create(jdbc, published, module -> {});
    }

    private static Fixture create(JdbcClient jdbc, boolean published, LongConsumer content) {
        String code = "M" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        long course = jdbc.sql("insert into course (code, title) values (:c, :t) returning id")
                .param("c", code)
                .param("t", "Khóa soạn thảo " + code)
                .query(Long.class)
                .single();
        long edition = jdbc.sql(
                        "insert into course_edition (course_id, status, title) values (:c, 'DRAFT', :t) returning id")
                .param("c", course)
                .param("t", "Khóa soạn thảo " + code)
                .query(Long.class)
                .single();
        long module = jdbc.sql(
                        "insert into course_module (edition_id, position, title) values (:e, 1, :t) returning id")
                .param("e", edition)
                .param("t", "Học phần soạn thảo " + code)
                .query(Long.class)
                .single();
        jdbc.sql("insert into quiz_settings (module_id) values (:m)")
                .param("m", module)
                .update();
        content.accept(module);
        if (published) {
            // Content goes in while the edition is a draft; publishing freezes it (V013).
            jdbc.sql(
                            "update course_edition set status = 'PUBLISHED', edition_no = 1, published_at = now() where id = :e")
                    .param("e", edition)
                    .update();
        }
        return new Fixture(course, edition, module);
    }
}
