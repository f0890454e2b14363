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

    private static JdbcClient client(EmbeddedPostgresServer server) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(server.jdbcUrl());
        return JdbcClient.create(ds);
    }
}
