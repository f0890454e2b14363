package vn.daotao.xapi.internal;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/** Sends statements on this node every {@code app.xapi.send-delay-millis}, when the store is configured. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("${app.xapi.enabled:false} and ${app.notifications.jobs:true}")
class XapiSchedule {

    private final XapiSender sender;
    private final Clock clock;

    XapiSchedule(XapiSender sender, Clock clock) {
        this.sender = sender;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${app.xapi.send-delay-millis:15000}", initialDelay = 15000)
    void send() {
        sender.sendDue(clock.instant());
    }
}
