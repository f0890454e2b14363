package vn.daotao.base.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A real JVM whose shutdown hook never returns, stopped with SIGTERM. */
class ShutdownDeadlineTest {

    @Test
    void sigtermEndsAProcessWhoseShutdownHangsOnceTheDeadlinePasses() throws Exception {
        Path errors = Files.createTempFile("shutdown-deadline", ".log");
        Process process = start("2", errors);
        long signalled = System.nanoTime();
        process.destroy(); // SIGTERM
        assertThat(process.waitFor(20, TimeUnit.SECONDS))
                .as("halted after the deadline")
                .isTrue();
        long seconds = Duration.ofNanos(System.nanoTime() - signalled).toSeconds();
        assertThat(seconds).isBetween(1L, 15L);
        assertThat(process.exitValue()).isEqualTo(1);
        assertThat(Files.readString(errors)).contains("Shutdown did not finish within 2 s");
    }

    @Test
    void withoutTheDeadlineTheSameProcessOutlivesSigterm() throws Exception {
        Process process = start("none", Files.createTempFile("shutdown-deadline", ".log"));
        try {
            process.destroy();
            assertThat(process.waitFor(5, TimeUnit.SECONDS))
                    .as("the hanging hook keeps the JVM alive")
                    .isFalse();
        } finally {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static Process start(String deadlineSeconds, Path errors) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(
                        java.toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        HangingShutdown.class.getName(),
                        deadlineSeconds)
                .redirectError(errors.toFile())
                .start();
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("ready");
        return process;
    }

    /** The child process: a shutdown hook that never finishes, and optionally the deadline. */
    public static final class HangingShutdown {
        public static void main(String[] args) throws Exception {
            if (!args[0].equals("none")) {
                ShutdownDeadline.install(Duration.ofSeconds(Long.parseLong(args[0])));
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            System.out.println("ready");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
