package vn.daotao.base.runtime;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Attaches a {@link RequestStallWatchdog} to the main web server's request executor once it runs, and
 * checks it from a dedicated platform thread (never one of the request threads it watches).
 */
@Component
class RequestStallMonitor implements DisposableBean {

    private final ApplicationEventPublisher events;
    private final Duration stallAfter;
    private final Duration interval;
    private ScheduledExecutorService timer;

    RequestStallMonitor(
            ApplicationEventPublisher events,
            @Value("${app.health.request-stall-after:60s}") Duration stallAfter,
            @Value("${app.health.request-check-interval:5s}") Duration interval) {
        this.events = events;
        this.stallAfter = stallAfter;
        this.interval = interval;
    }

    @EventListener
    synchronized void onWebServerStarted(WebServerInitializedEvent event) {
        if (timer != null
                || event.getApplicationContext().getServerNamespace() != null
                || !(event.getWebServer() instanceof TomcatWebServer tomcat)) {
            return; // the management server (its own port) and other servers are not watched
        }
        Executor requests =
                tomcat.getTomcat().getConnector().getProtocolHandler().getExecutor();
        if (requests == null) {
            return;
        }
        RequestStallWatchdog watchdog = new RequestStallWatchdog(
                requests, stallAfter, state -> AvailabilityChangeEvent.publish(events, this, state));
        timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("request-stall-watchdog").daemon(true).factory());
        timer.scheduleAtFixedRate(
                () -> checkQuietly(watchdog), interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** An exception would cancel the periodic task for good: log it and keep checking. */
    private static void checkQuietly(RequestStallWatchdog watchdog) {
        try {
            watchdog.check(System.nanoTime());
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(RequestStallMonitor.class).warn("Request stall check failed", e);
        }
    }

    @Override
    public synchronized void destroy() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
