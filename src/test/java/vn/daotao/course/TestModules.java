package vn.daotao.course;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.UUID;

/** A course with one module straight in the database, as a draft (editable) or a published edition. */
public final class TestModules {

    private TestModules() {
    }

    public record Fixture(long courseId, long editionId, long moduleId) {
    }

    public static Fixture draft(JdbcClient jdbc) {
        return create(jdbc, false);
    }

    public static Fixture published(JdbcClient jdbc) {
        return create(jdbc, true);
    }

    private static Fixture create(JdbcClient jdbc, boolean published) {
        String code = "M" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        long course = jdbc.sql("insert into course (code, title) values (:c, :t) returning id")
                .param("c", code).param("t", "Khóa soạn thảo " + code).query(Long.class).single();
        long edition = jdbc.sql(published ? """
                        insert into course_edition (course_id, edition_no, status, title, published_at)
                        values (:c, 1, 'PUBLISHED', :t, now()) returning id""" : """
                        insert into course_edition (course_id, edition_no, status, title, published_at)
                        values (:c, null, 'DRAFT', :t, null) returning id""")
                .param("c", course).param("t", "Khóa soạn thảo " + code).query(Long.class).single();
        long module = jdbc.sql("insert into course_module (edition_id, position, title) values (:e, 1, :t) returning id")
                .param("e", edition).param("t", "Học phần soạn thảo " + code).query(Long.class).single();
        jdbc.sql("insert into quiz_settings (module_id) values (:m)").param("m", module).update();
        return new Fixture(course, edition, module);
    }
}
