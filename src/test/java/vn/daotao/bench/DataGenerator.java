package vn.daotao.bench;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import vn.daotao.base.db.EmbeddedPostgresServer;
import vn.daotao.base.text.SearchText;

/**
 * Not a test: builds the reference data set of PRODUCT.md (100,000 people in 2,000 units of depth 4,
 * 3 courses x 6 modules x 40 questions, about 1,000,000 module-progress rows and 3,000,000 attempts)
 * into an empty database, with COPY. Run with scripts/generate-data.sh.
 *
 * <p>Generated attempts carry their scores but no per-question rows: reports read attempts, not their
 * answers. Everyone's password is demo12345; heads of the 19 first-level units are head01..head19.
 */
public final class DataGenerator {

    static final int LEVEL1 = 19;
    static final int LEVEL2_PER_1 = 5;
    static final int PEOPLE = 100_000;
    static final int COURSES = 3;
    static final int MODULES = 6;
    static final int QUESTIONS = 40;

    private final JdbcClient jdbc;
    private final CopyManager copy;
    private final Random random = new Random(20260525);

    private DataGenerator(JdbcClient jdbc, CopyManager copy) {
        this.jdbc = jdbc;
        this.copy = copy;
    }

    public static void main(String[] args) throws Exception {
        String url = args.length > 0 ? args[0] : null;
        EmbeddedPostgresServer server = null;
        if (url == null || url.isBlank()) {
            server = EmbeddedPostgresServer.start(Path.of("target/bench-pg"), 0);
            JdbcClient admin = JdbcClient.create(dataSource(server.jdbcUrl()));
            admin.sql("drop database if exists bench").update();
            admin.sql("create database bench").update();
            url = server.jdbcUrl().replace("/postgres?", "/bench?");
        }
        PGSimpleDataSource ds = dataSource(url);
        long start = System.nanoTime();
        Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration")
                .placeholders(java.util.Map.of("appRole", "daotao_app"))
                .load()
                .migrate();
        try (Connection connection = ds.getConnection()) {
            DataGenerator generator = new DataGenerator(
                    JdbcClient.create(ds), connection.unwrap(PGConnection.class).getCopyAPI());
            generator.run();
        }
        System.out.printf("Generated in %.1f s into %s%n", (System.nanoTime() - start) / 1e9, url);
        if (server != null) {
            System.out.println("Embedded server data kept in target/bench-pg (database 'bench')");
            server.close();
        }
    }

    static PGSimpleDataSource dataSource(String url) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(url);
        return ds;
    }

    private void run() throws SQLException, IOException {
        long count = jdbc.sql("select count(*) from app_user").query(Long.class).single();
        if (count > 0) {
            throw new IllegalStateException("The target database already has people; generate into an empty one");
        }
        List<Long> leaves = units();
        List<Long> users = people(leaves);
        membershipHistory();
        List<long[]> courses = courses();
        progress(users, courses);
        lastYear(courses);
        jdbc.sql("analyze").update();
        for (String table : List.of(
                "unit",
                "app_user",
                "unit_membership",
                "assignment",
                "module_progress",
                "quiz_attempt",
                "completion_record")) {
            System.out.printf(
                    "%-18s %,d rows%n",
                    table,
                    jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
    }

    /** Root, 19 first-level units, 5 second-level under each, and 1,885 third-level ones: 2,000 in all, depth 4. */
    private List<Long> units() {
        long root = insertUnit("BENCH", null, "Bộ Thử nghiệm Quy mô");
        List<Long> level2 = new ArrayList<>();
        for (int i = 1; i <= LEVEL1; i++) {
            long l1 = insertUnit("B%02d".formatted(i), root, "Cục thử nghiệm số " + i);
            for (int j = 1; j <= LEVEL2_PER_1; j++) {
                level2.add(insertUnit("B%02d-%d".formatted(i, j), l1, "Phòng %d thuộc cục %d".formatted(j, i)));
            }
        }
        List<Long> leaves = new ArrayList<>();
        int remaining = 2000 - 1 - LEVEL1 - level2.size();
        for (int k = 0; k < remaining; k++) {
            long parent = level2.get(k % level2.size());
            leaves.add(insertUnit("B-L3-" + k, parent, "Tổ công tác số " + (k + 1)));
        }
        return leaves;
    }

    private long insertUnit(String code, Long parent, String name) {
        return jdbc.sql("insert into unit (code, name, parent_id) values (:c, :n, :p) returning id")
                .param("c", code)
                .param("n", name)
                .param("p", parent)
                .query(Long.class)
                .single();
    }

    private static final String[] FAMILY = {
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương",
        "Lý"
    };
    private static final String[] MIDDLE = {"Văn", "Thị", "Minh", "Thanh", "Quốc", "Ngọc", "Hữu", "Thu", "Đức", "Kim"};
    private static final String[] GIVEN = {
        "An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hùng", "Hương", "Khánh", "Lan", "Linh", "Long",
        "Mai", "Nam", "Nga", "Phúc", "Phương", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Vân", "Yến"
    };

    private List<Long> people(List<Long> leaves) throws SQLException, IOException {
        String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode("demo12345");
        StringBuilder rows = new StringBuilder(8 << 20);
        for (int i = 1; i <= PEOPLE; i++) {
            String name = FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
                    + GIVEN[random.nextInt(GIVEN.length)];
            String username = "nv%06d".formatted(i);
            String code = "NV%06d".formatted(i);
            long unit = leaves.get(i % leaves.size());
            rows.append(username)
                    .append('\t')
                    .append(name)
                    .append('\t')
                    .append(code)
                    .append('\t')
                    .append(username)
                    .append("@bench.invalid\t")
                    .append(unit)
                    .append("\t{EMPLOYEE}\t")
                    .append(hash)
                    .append('\t')
                    .append(SearchText.foldAll(name, username, code))
                    .append('\n');
        }
        copy.copyIn(
                "copy app_user (username, full_name, employee_code, email, unit_id, roles, password_hash, search_text) from stdin",
                new StringReader(rows.toString()));
        for (int i = 1; i <= LEVEL1; i++) {
            jdbc.sql("""
                            insert into app_user (username, full_name, unit_id, roles, password_hash, search_text)
                            values (:u, :n, (select id from unit where code = :c), '{UNIT_HEAD,EMPLOYEE}', :h, :s)""")
                    .param("u", "head%02d".formatted(i))
                    .param("n", "Trưởng cục " + i)
                    .param("c", "B%02d".formatted(i))
                    .param("h", hash)
                    .param("s", "truong cuc " + i)
                    .update();
        }
        jdbc.sql("""
                        insert into app_user (username, full_name, unit_id, roles, password_hash, search_text)
                        values ('admin-bench', 'Quản trị thử nghiệm', (select id from unit where code = 'BENCH'),
                                '{ADMIN,EMPLOYEE}', :h, 'quan tri')""").param("h", hash).update();
        return jdbc.sql("select id from app_user where username like 'nv%' order by id")
                .query(Long.class)
                .list();
    }

    /**
     * Two years of membership history: everyone has been in their unit for two years, except one person in
     * ten, who moved into it between 30 and 300 days ago from another third-level unit; one in fifty of
     * those moved twice (a third unit in between). Written as a directory sync would import past history.
     */
    private void membershipHistory() {
        jdbc.sql("update unit_membership set valid_from = now() - interval '730 days'")
                .update();
        jdbc.sql("""
                        with leaves as (
                            select id, row_number() over (order by id) - 1 as k, count(*) over () as n
                              from unit where code like 'B-L3-%'
                        ), moved as (
                            select m.id, m.user_id, m.unit_id, m.unit_head, l.k, l.n,
                                   now() - make_interval(days => (30 + (m.user_id * 7919) % 270)::int) as moved_at,
                                   m.user_id % 50 = 0 as twice
                              from unit_membership m
                              join app_user p on p.id = m.user_id and p.username like 'nv%'
                              join leaves l on l.id = m.unit_id
                             where m.user_id % 10 = 0
                        ), current_from as (
                            update unit_membership m set valid_from = moved.moved_at
                              from moved where m.id = moved.id
                            returning moved.*
                        ), earlier as (
                            insert into unit_membership (user_id, unit_id, unit_head, valid_from, valid_to)
                            select c.user_id, (select id from leaves where k = (c.k + 7) % c.n), c.unit_head,
                                   case when c.twice then c.moved_at - interval '120 days'
                                        else now() - interval '730 days' end,
                                   c.moved_at
                              from current_from c
                            returning user_id
                        )
                        insert into unit_membership (user_id, unit_id, unit_head, valid_from, valid_to)
                        select c.user_id, (select id from leaves where k = (c.k + 13) % c.n), c.unit_head,
                               now() - interval '730 days', c.moved_at - interval '120 days'
                          from current_from c where c.twice""").update();
    }

    /**
     * The previous yearly cycle of each course (a year before the current one, which becomes its renewal),
     * completed by about 70% of the people, all six modules passed.
     */
    private void lastYear(List<long[]> courses) {
        for (long[] course : courses) {
            long current = course[MODULES + 1];
            long previous = jdbc.sql("""
                            insert into assignment (edition_id, unit_id, include_subunits, period_start, due_date, recurrence)
                            select edition_id, unit_id, true, period_start - 365, due_date - 365, 'YEARLY'
                              from assignment where id = :a returning id""").param("a", current).query(Long.class).single();
            jdbc.sql("update assignment set recurrence = 'YEARLY', previous_id = :p where id = :a")
                    .param("p", previous)
                    .param("a", current)
                    .update();
            jdbc.sql("""
                            insert into module_progress (user_id, assignment_id, module_id, content_opened_at, passed_at, best_score)
                            select p.id, a.id, m.id, w.at, w.at + interval '1 hour', 80 + 20 * ((p.id + m.position) % 2)
                              from app_user p
                              join assignment a on a.id = :a
                              join course_module m on m.edition_id = a.edition_id
                              cross join lateral (select (a.period_start + (p.id % 50)::int)::timestamp
                                                         at time zone 'Asia/Ho_Chi_Minh' + m.position * interval '1 day' as at) w
                             where p.username like 'nv%' and p.id % 10 < 7""").param("a", previous).update();
            jdbc.sql("""
                            insert into completion_record (user_id, assignment_id, edition_id, completed_at, average_score)
                            select mp.user_id, mp.assignment_id, :e, max(mp.passed_at), round(avg(mp.best_score), 2)
                              from module_progress mp where mp.assignment_id = :a
                             group by mp.user_id, mp.assignment_id""").param("e", course[0]).param("a", previous).update();
        }
    }

    /** Each course: a published edition, 6 modules of 40 questions, assigned to the whole organisation. Returns [edition, module ids...]. */
    private List<long[]> courses() {
        List<long[]> courses = new ArrayList<>();
        for (int c = 1; c <= COURSES; c++) {
            long course = jdbc.sql("insert into course (code, title) values (:c, :t) returning id")
                    .param("c", "BENCH" + c)
                    .param("t", "Chuyên đề thử nghiệm " + c)
                    .query(Long.class)
                    .single();
            long edition = jdbc.sql("""
                            insert into course_edition (course_id, status, title) values (:c, 'DRAFT', :t) returning id""")
                    .param("c", course)
                    .param("t", "Chuyên đề thử nghiệm " + c)
                    .query(Long.class)
                    .single();
            long[] ids = new long[1 + MODULES + 1];
            ids[0] = edition;
            for (int m = 1; m <= MODULES; m++) {
                long module = jdbc.sql(
                                "insert into course_module (edition_id, position, title) values (:e, :p, :t) returning id")
                        .param("e", edition)
                        .param("p", m)
                        .param("t", "Học phần " + m)
                        .query(Long.class)
                        .single();
                ids[m] = module;
                jdbc.sql("insert into quiz_settings (module_id) values (:m)")
                        .param("m", module)
                        .update();
                jdbc.sql("""
                                insert into question (module_id, position, kind, text)
                                select :m, g, 'SINGLE', 'Câu hỏi số ' || g from generate_series(1, :n) g""").param("m", module).param("n", QUESTIONS).update();
                jdbc.sql("""
                                insert into question_option (question_id, position, text, correct)
                                select q.id, o, 'Lựa chọn ' || o, o = 1 from question q, generate_series(1, 4) o
                                 where q.module_id = :m""").param("m", module).update();
            }
            jdbc.sql(
                            "update course_edition set status = 'PUBLISHED', edition_no = 1, published_at = now() where id = :e")
                    .param("e", edition)
                    .update();
            ids[MODULES + 1] = jdbc.sql("""
                            insert into assignment (edition_id, unit_id, include_subunits, period_start, due_date)
                            values (:e, (select id from unit where code = 'BENCH'), true, :start, :due) returning id""")
                    .param("e", edition)
                    .param("start", LocalDate.now().minusDays(60))
                    .param("due", LocalDate.now().plusDays(c * 10L - 15))
                    .query(Long.class)
                    .single();
            courses.add(ids);
        }
        return courses;
    }

    /**
     * About 1,000,000 module-progress rows: each person reaches a random number of modules (0-6, mean 3.4)
     * in each course, with about three attempts per reached module; six passed modules make a completion.
     */
    private void progress(List<Long> users, List<long[]> courses) throws SQLException, IOException {
        StringBuilder progress = new StringBuilder(16 << 20);
        StringBuilder attempts = new StringBuilder(32 << 20);
        StringBuilder completions = new StringBuilder(4 << 20);
        java.time.Instant base = java.time.Instant.now().minus(java.time.Duration.ofDays(50));
        int progressRows = 0;
        for (long user : users) {
            for (long[] course : courses) {
                int reached = Math.min(MODULES, (int) Math.round(random.nextGaussian() * 2 + 3.4));
                if (reached <= 0) {
                    continue;
                }
                long assignment = course[MODULES + 1];
                java.time.Instant t = base.plusSeconds(random.nextInt(40 * 86400));
                int passedModules = 0;
                double scoreSum = 0;
                for (int m = 1; m <= reached; m++) {
                    boolean passed = m < reached || random.nextInt(3) > 0;
                    int tries = 1 + random.nextInt(5);
                    int best = 0;
                    for (int a = 1; a <= tries; a++) {
                        boolean last = a == tries;
                        int score = last && passed ? 80 + 20 * random.nextInt(2) : 20 * random.nextInt(4);
                        best = Math.max(best, score);
                        java.time.Instant at = t.plusSeconds(a * 600L);
                        attempts.append(user)
                                .append('\t')
                                .append(assignment)
                                .append('\t')
                                .append(course[m])
                                .append('\t')
                                .append(a)
                                .append("\tSUBMITTED\t")
                                .append(at)
                                .append('\t')
                                .append(at.plusSeconds(500))
                                .append("\t5\t")
                                .append(score / 20)
                                .append('\t')
                                .append(score)
                                .append('\t')
                                .append(score >= 80)
                                .append('\n');
                    }
                    if (passed) {
                        passedModules++;
                        scoreSum += best;
                    }
                    progress.append(user)
                            .append('\t')
                            .append(assignment)
                            .append('\t')
                            .append(course[m])
                            .append('\t')
                            .append(t)
                            .append('\t')
                            .append(passed ? t.plusSeconds(tries * 600L).toString() : "\\N")
                            .append('\t')
                            .append(best)
                            .append('\n');
                    progressRows++;
                    t = t.plusSeconds(86400L * random.nextInt(3));
                }
                if (passedModules == MODULES) {
                    completions
                            .append(user)
                            .append('\t')
                            .append(assignment)
                            .append('\t')
                            .append(course[0])
                            .append('\t')
                            .append(t)
                            .append('\t')
                            .append(Math.round(scoreSum / MODULES * 100) / 100.0)
                            .append('\n');
                }
            }
            if (attempts.length() > (24 << 20)) {
                flush(progress, attempts, completions);
            }
        }
        flush(progress, attempts, completions);
        System.out.printf("module progress rows written: %,d%n", progressRows);
    }

    private void flush(StringBuilder progress, StringBuilder attempts, StringBuilder completions)
            throws SQLException, IOException {
        copy.copyIn(
                "copy module_progress (user_id, assignment_id, module_id, content_opened_at, passed_at, best_score) from stdin",
                new StringReader(progress.toString()));
        copy.copyIn("""
                copy quiz_attempt (user_id, assignment_id, module_id, attempt_no, status, started_at, submitted_at,
                                   question_count, correct_count, score_percent, passed) from stdin""", new StringReader(attempts.toString()));
        copy.copyIn(
                "copy completion_record (user_id, assignment_id, edition_id, completed_at, average_score) from stdin",
                new StringReader(completions.toString()));
        progress.setLength(0);
        attempts.setLength(0);
        completions.setLength(0);
    }
}
