package vn.daotao.base.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server started from the zonky binaries, whose data directory survives restarts.
 *
 * <p>Servers are shared per data directory inside one JVM and reference-counted, because the test
 * suite builds several Spring contexts that must all talk to the same cluster: the last
 * {@link #close()} stops the postmaster.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<Path, Running> RUNNING = new HashMap<>();

    private final Path dataDirectory;
    private final Running running;
    private boolean closed;

    private EmbeddedPostgresServer(Path dataDirectory, Running running) {
        this.dataDirectory = dataDirectory;
        this.running = running;
    }

    /** Starts (or joins) the server whose data lives in {@code dataDirectory}; port 0 picks a free port. */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port) {
        Path dir = dataDirectory.toAbsolutePath().normalize();
        synchronized (RUNNING) {
            Running running = RUNNING.get(dir);
            if (running == null) {
                running = new Running(launch(dir, port));
                RUNNING.put(dir, running);
            }
            running.users++;
            return new EmbeddedPostgresServer(dir, running);
        }
    }

    private static EmbeddedPostgres launch(Path dir, int port) {
        try {
            Files.createDirectories(dir);
            long started = System.nanoTime();
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setRegisterShutdownHook(true)
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("fsync", "on")
                    .start();
            log.info(
                    "Embedded PostgreSQL ready on port {} with data in {} ({} ms)",
                    postgres.getPort(),
                    dir,
                    (System.nanoTime() - started) / 1_000_000);
            return postgres;
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("""
                    Could not start the embedded PostgreSQL (data directory %s): %s
                    The embedded database runs the bundled PostgreSQL binaries; as root they need 'unshare -U'.
                    If this machine cannot run them, point the app at a PostgreSQL server instead by setting
                    SPRING_DATASOURCE_URL (e.g. jdbc:postgresql://localhost:5432/daotao),
                    SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD.""".formatted(dir, e.getMessage()), e);
        }
    }

    /** The owner's (superuser's) address. */
    public String jdbcUrl() {
        return running.postgres.getJdbcUrl("postgres", "postgres");
    }

    /** The address for another role of the same database. */
    public String jdbcUrl(String role) {
        return running.postgres.getJdbcUrl(role, "postgres");
    }

    /** Creates a role that may sign in (no password: the embedded server trusts local connections) unless it exists. */
    public void ensureLoginRole(String role) {
        if (!role.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("Not a plain role name: " + role);
        }
        try (var connection = java.sql.DriverManager.getConnection(jdbcUrl());
                var statement = connection.createStatement()) {
            statement.execute("do $$ begin if not exists (select 1 from pg_roles where rolname = '" + role
                    + "') then create role " + role + " login; end if; end $$");
        } catch (java.sql.SQLException e) {
            // two test contexts may race to create it: the loser sees it exists
            if (!"42710".equals(e.getSQLState()) && !"23505".equals(e.getSQLState())) {
                throw new IllegalStateException("Could not create the role " + role, e);
            }
        }
    }

    public int port() {
        return running.postgres.getPort();
    }

    @Override
    public void close() {
        synchronized (RUNNING) {
            if (closed) {
                return;
            }
            closed = true;
            if (--running.users > 0) {
                return;
            }
            RUNNING.remove(dataDirectory);
            try {
                running.postgres.close();
                log.info("Embedded PostgreSQL stopped ({})", dataDirectory);
            } catch (IOException e) {
                throw new IllegalStateException("Could not stop the embedded PostgreSQL in " + dataDirectory, e);
            }
        }
    }

    private static final class Running {
        private final EmbeddedPostgres postgres;
        private int users;

        private Running(EmbeddedPostgres postgres) {
            this.postgres = postgres;
        }
    }
}
