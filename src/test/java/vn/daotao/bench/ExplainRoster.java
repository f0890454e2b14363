package vn.daotao.bench;

import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daotao.base.db.EmbeddedPostgresServer;
import vn.daotao.report.internal.RosterQueries;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Not a test: prints the plans of the roster statements on the reference data set. */
public final class ExplainRoster {

    private ExplainRoster() {
    }

    public static void main(String[] args) {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of("target/bench-pg"), 0)) {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setUrl(server.jdbcUrl().replace("/postgres?", "/bench?"));
            JdbcClient jdbc = JdbcClient.create(ds);
            Map<String, Object> p = new HashMap<>();
            p.put("unit", jdbc.sql("select id from unit where code = 'BENCH'").query(Long.class).single());
            p.put("scope", null);
            p.put("edition", jdbc.sql("select e.id from course_edition e join course c on c.id = e.course_id where c.code = 'BENCH1'").query(Long.class).single());
            p.put("today", LocalDate.now());
            p.put("q", null);
            p.put("status", null);
            p.put("sub", null);
            String sql = RosterQueries.benchmarkSql()[Integer.parseInt(args.length > 0 ? args[0] : "0")];
            jdbc.sql("explain (analyze, buffers) " + sql).params(p).query(String.class).list().forEach(System.out::println);
        }
    }
}
