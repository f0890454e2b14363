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
            stopOrphan(dir);
            long started = System.nanoTime();
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setRegisterShutdownHook(true)
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("fsync", "on")
                    // zonky turns synchronous_commit off: an OS crash or power cut would then lose answers and
                    // completions the app had already acknowledged. Records kept for good are written durably.
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
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

    /**
     * After a crash of the app (kill -9, the OOM killer) its PostgreSQL keeps running as an orphan that holds the
     * data folder, and a new start would fail. The server named in the folder's {@code postmaster.pid} is ours (it
     * runs on this very folder): it is asked for a fast shutdown (SIGINT: open transactions roll back, everything
     * committed stays) and waited for, so the start that follows is a normal one. A stale file whose process is
     * gone, or whose number now belongs to another program, is left to PostgreSQL, which handles it.
     */
    static void stopOrphan(Path dir) throws IOException {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        java.util.List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.getFirst().strip().matches("\\d+")) {
            return;
        }
        long pid = Long.parseLong(lines.getFirst().strip());
        java.util.Optional<ProcessHandle> process = ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
        if (process.isEmpty()) {
            return;
        }
        log.warn(
                "An embedded PostgreSQL (pid {}) is still running on {} after the app stopped abnormally: stopping it",
                pid,
                dir);
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(pid))
                    .redirectErrorStream(true)
                    .start()
                    .waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
            process.get().onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping the orphaned PostgreSQL " + pid, e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IOException(
                    "The orphaned PostgreSQL " + pid + " on " + dir + " did not stop within 60 s; stop it " + "(kill "
                            + pid + ") and start again",
                    e);
        }
        log.info("The orphaned PostgreSQL (pid {}) stopped; starting normally", pid);
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
