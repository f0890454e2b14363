package vn.daotao.e2e;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.daotao.base.text.SearchText;

/**
 * People and units a browser test makes for itself, so that the demo accounts stay as a person trying the
 * app finds them and no test counts on another test's changes. Signs in with {@link BrowserTestBase#DEMO_PASSWORD}.
 */
final class TestPeople {

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;

    TestPeople(JdbcClient jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    /** A unit of the test's own directly under the organisation's root unit; its name is "Đơn vị kiểm thử CODE". */
    long unit(String code) {
        return jdbc.sql("""
                        insert into unit (code, name, parent_id)
                        values (:c, :n, (select id from unit where parent_id is null order by id limit 1)) returning id""")
                .param("c", code)
                .param("n", unitName(code))
                .query(Long.class)
                .single();
    }

    /** A unit of the test's own below {@code parentId}; its name is "Đơn vị kiểm thử CODE". */
    long unit(String code, long parentId) {
        return jdbc.sql("insert into unit (code, name, parent_id) values (:c, :n, :p) returning id")
                .param("c", code)
                .param("n", unitName(code))
                .param("p", parentId)
                .query(Long.class)
                .single();
    }

    /** An enabled unit head of {@code unitId}. */
    void unitHead(String username, String fullName, long unitId) {
        employee(username, fullName, unitId);
        jdbc.sql("update app_user set roles = '{UNIT_HEAD,EMPLOYEE}' where username = :u")
                .param("u", username)
                .update();
    }

    /** A new cycle of the demo course (edition 1) for the person, started today and due in 30 days: its id. */
    long demoCourseCycle(String username) {
        return jdbc.sql("""
                        insert into assignment (edition_id, user_id, period_start, due_date)
                        select e.id, (select id from app_user where username = :u), current_date, current_date + 30
                          from course_edition e join course c on c.id = e.course_id
                         where c.code = 'BVCTNB' and e.edition_no = 1
                        returning id""").param("u", username).query(Long.class).single();
    }

    /** The first module of a cycle's edition. */
    long firstModule(long assignmentId) {
        return jdbc.sql("""
                        select m.id from course_module m join assignment a on a.edition_id = m.edition_id
                         where a.id = :a order by m.position limit 1""").param("a", assignmentId).query(Long.class).single();
    }

    static String unitName(String code) {
        return "Đơn vị kiểm thử " + code;
    }

    /** An enabled employee of {@code unitId}. */
    void employee(String username, String fullName, long unitId) {
        jdbc.sql("""
                        insert into app_user (username, full_name, unit_id, roles, password_hash, search_text)
                        values (:u, :n, :unit, '{EMPLOYEE}', :h, :s)""")
                .param("u", username)
                .param("n", fullName)
                .param("unit", unitId)
                .param("h", encoder.encode(BrowserTestBase.DEMO_PASSWORD))
                .param("s", SearchText.foldAll(fullName, username))
                .update();
    }
}
