package vn.daotao.base.db;

import java.nio.file.Path;

/**
 * Run in a child JVM by {@link EmbeddedPostgresServerTest}: starts the embedded server on a folder, writes a row,
 * says READY and waits to be killed with SIGKILL, as the app is by a crash or the OOM killer.
 */
public final class CrashingServerMain {

    private CrashingServerMain() {}

    public static void main(String[] args) throws Exception {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(args[0]), 0);
        try (var connection = java.sql.DriverManager.getConnection(server.jdbcUrl());
                var statement = connection.createStatement()) {
            statement.execute("create table if not exists before_crash (name text)");
            statement.execute("insert into before_crash values ('đã ghi trước sự cố')");
        }
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(600_000);
    }
}
