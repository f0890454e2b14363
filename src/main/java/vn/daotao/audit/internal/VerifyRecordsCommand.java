package vn.daotao.audit.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import vn.daotao.audit.RecordChainReport;
import vn.daotao.base.db.EmbeddedPostgresServer;

/**
 * {@code scripts/verify-records.sh}: the admin page's integrity check from the command line, without the
 * application running. Arguments: a JDBC address, user and password (or DB_URL, DB_USER, DB_PASSWORD);
 * without an address, the embedded database in ./data/postgres. Exit status 0 intact, 1 broken, 2 not checked.
 */
public final class VerifyRecordsCommand {

    private VerifyRecordsCommand() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    public static int run(String[] args, PrintStream out) {
        String url = arg(args, 0, "DB_URL");
        String user = arg(args, 1, "DB_USER");
        String password = arg(args, 2, "DB_PASSWORD");
        EmbeddedPostgresServer embedded = null;
        try {
            if (url == null) {
                out.println("No database address given: checking the embedded database in ./data/postgres"
                        + " (stop the application first).");
                embedded = EmbeddedPostgresServer.start(Path.of("data/postgres"), 0);
                url = embedded.jdbcUrl();
            }
            long start = System.nanoTime();
            RecordChainReport report;
            try (Connection connection = user == null
                    ? DriverManager.getConnection(url)
                    : DriverManager.getConnection(url, user, password)) {
                report = RecordChainVerifier.verify(connection, Clock.systemUTC());
            }
            out.printf(
                    "Record chain: %,d links checked in %.1f s%nLast link's hash: %s%n",
                    report.links(), (System.nanoTime() - start) / 1e9, report.headHash());
            if (report.intact()) {
                out.println("INTACT");
                return 0;
            }
            RecordChainReport.Broken b = report.firstBroken();
            out.printf("BROKEN: %s #%d (link %d): %s%n", b.kind(), b.rowId(), b.seq(), describe(b.problem()));
            return 1;
        } catch (SQLException | RuntimeException e) {
            out.println("Could not check the records: " + e.getMessage());
            return 2;
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    private static String describe(RecordChainReport.Problem problem) {
        return switch (problem) {
            case ROW_CHANGED -> "the row's content was changed after it was recorded";
            case ROW_MISSING -> "the row was deleted";
            case LINK_ALTERED -> "a link of the chain was changed";
            case LINK_MISSING -> "a link of the chain is missing";
            case ROW_NOT_CHAINED -> "the row has no link: added outside the application, or its link was cut";
        };
    }

    private static String arg(String[] args, int index, String env) {
        if (args.length > index && !args[index].isBlank()) {
            return args[index];
        }
        String value = System.getenv(env);
        return value == null || value.isBlank() ? null : value;
    }
}
