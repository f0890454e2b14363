package vn.daotao.notification.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.daotao.base.TimeConfiguration;

/**
 * The notification jobs on this node: the planner at start (catching up after a restart) and on its schedule, the
 * mail job every half minute. Both are safe on every node at once. Off with {@code app.notifications.jobs=false}
 * (the tests run them by hand).
 */
@Component
@ConditionalOnProperty(name = "app.notifications.jobs", havingValue = "true", matchIfMissing = true)
class NotificationSchedule {

    private final NotificationPlanner planner;
    private final NotificationMailer mailer;
    private final Clock clock;

    NotificationSchedule(NotificationPlanner planner, NotificationMailer mailer, Clock clock) {
        this.planner = planner;
        this.mailer = mailer;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        plan();
    }

    @Scheduled(cron = "${app.notifications.plan-cron:0 0 7-20 * * *}", zone = TimeConfiguration.ZONE_ID)
    void plan() {
        planner.plan(LocalDate.now(clock.withZone(TimeConfiguration.ZONE)), clock.instant());
    }

    @Scheduled(fixedDelayString = "${app.notifications.send-delay-millis:30000}", initialDelay = 20000)
    void send() {
        mailer.sendDue(clock.instant());
    }
}
