package vn.daotao.base.runtime;

import java.time.Duration;

/**
 * Ends the process when an orderly shutdown takes longer than a deadline. Spring's shutdown hook waits
 * for requests, beans and pools; if any of them hangs (a stalled request thread, a class-loading lock
 * held for good) SIGTERM would otherwise never stop the JVM. The halting thread and its message are
 * made at start-up, so nothing has to be loaded or allocated once shutdown has begun.
 */
public final class ShutdownDeadline {

    private ShutdownDeadline() {}

    public static void install(Duration deadline) {
        Thread halter = Thread.ofPlatform()
                .name("shutdown-deadline")
                .daemon(true)
                .unstarted(new Halter(
                        deadline.toMillis(),
                        "Shutdown did not finish within " + deadline.toSeconds() + " s: halting the JVM"));
        Runtime.getRuntime()
                .addShutdownHook(
                        Thread.ofPlatform().name("shutdown-deadline-start").unstarted(new Starter(halter)));
    }

    /** Only starts the daemon halter, so a shutdown that finishes in time is not delayed by it. */
    private record Starter(Thread halter) implements Runnable {
        @Override
        public void run() {
            halter.start();
        }
    }

    private record Halter(long millis, String message) implements Runnable {
        @Override
        public void run() {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                return;
            }
            System.err.println(message);
            System.err.flush();
            Runtime.getRuntime().halt(1);
        }
    }
}
