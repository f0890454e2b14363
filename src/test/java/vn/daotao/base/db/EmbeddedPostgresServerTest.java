package vn.daotao.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The embedded server keeps its data in its folder across a stop and a start. */
class EmbeddedPostgresServerTest {

    @TempDir
    Path folder;

    @Test
    void dataSurvivesARestart() {
        Path data = folder.resolve("pg");
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(data, 0)) {
            JdbcClient jdbc = client(first);
            jdbc.sql("create table kept (name text)").update();
            jdbc.sql("insert into kept values ('Công tác bảo vệ chính trị nội bộ')")
                    .update();
        }
        try (EmbeddedPostgresServer second = EmbeddedPostgresServer.start(data, 0)) {
            assertThat(client(second)
                            .sql("select name from kept")
                            .query(String.class)
                            .single())
                    .isEqualTo("Công tác bảo vệ chính trị nội bộ");
        }
    }

    @Test
    void usersOfTheSameFolderShareOneServerUntilTheLastCloses() {
        Path data = folder.resolve("shared");
        EmbeddedPostgresServer a = EmbeddedPostgresServer.start(data, 0);
        EmbeddedPostgresServer b = EmbeddedPostgresServer.start(data, 0);
        assertThat(b.port()).isEqualTo(a.port());
        a.close();
        assertThat(client(b).sql("select 1").query(Integer.class).single()).isEqualTo(1);
        b.close();
        try (EmbeddedPostgresServer c = EmbeddedPostgresServer.start(data, 0)) {
            assertThat(client(c).sql("select 1").query(Integer.class).single()).isEqualTo(1);
        }
    }

    /**
     * The app killed with SIGKILL leaves its PostgreSQL running on the folder: the next start stops that orphan
     * and starts normally, with everything committed before the crash.
     */
    @Test
    void theFirstStartAfterACrashStopsTheOrphanAndStarts() throws Exception {
        Path data = folder.resolve("crash");
        String javaBin = ProcessHandle.current().info().command().orElse("java");
        Process app = new ProcessBuilder(
                        javaBin,
                        "-cp",
                        System.getProperty("java.class.path"),
                        CrashingServerMain.class.getName(),
                        data.toString())
                .redirectErrorStream(true)
                .start();
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(app.getInputStream()))) {
            long until = System.currentTimeMillis() + 120_000;
            String line;
            while ((line = out.readLine()) != null && !line.contains("READY")) {
                assertThat(System.currentTimeMillis())
                        .as("the child started its server")
                        .isLessThan(until);
            }
            assertThat(line).as("the child said READY").isNotNull();
            app.destroyForcibly(); // SIGKILL: no shutdown hook runs
            assertThat(app.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        }
        long orphan = Long.parseLong(java.nio.file.Files.readAllLines(data.resolve("postmaster.pid"))
                .getFirst()
                .strip());
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive))
                .as("the crash left PostgreSQL running")
                .contains(true);

        try (EmbeddedPostgresServer again = EmbeddedPostgresServer.start(data, 0)) {
            assertThat(client(again)
                            .sql("select name from before_crash")
                            .query(String.class)
                            .single())
                    .isEqualTo("đã ghi trước sự cố");
            assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false))
                    .as("the orphan was stopped")
                    .isFalse();
            assertThat(client(again)
                            .sql("show synchronous_commit")
                            .query(String.class)
                            .single())
                    .as("committed records survive an OS crash too")
                    .isEqualTo("on");
        }
    }

    private static JdbcClient client(EmbeddedPostgresServer server) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(server.jdbcUrl());
        return JdbcClient.create(ds);
    }
}
