package vn.daotao.notification.internal;

import java.time.DayOfWeek;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Notices (README "Notifications"): the jobs run on every node ({@code jobs}; the tests switch them off and call
 * them), the planner at {@code planCron} (Vietnam time), the mail job every {@code sendDelayMillis}; a unit head's
 * digest on the first run of {@code digestDay}; a new cycle is told about within {@code assignedWindowDays} of its
 * creation, an overdue one within {@code overdueWindowDays} of its due date; an e-mail is tried {@code maxAttempts}
 * times.
 */
@ConfigurationProperties("app.notifications")
public record NotificationSettings(
        @DefaultValue("true") boolean jobs,
        @DefaultValue("0 0 7-20 * * *") String planCron,
        @DefaultValue("30000") long sendDelayMillis,
        @DefaultValue("MONDAY") DayOfWeek digestDay,
        @DefaultValue("3") int assignedWindowDays,
        @DefaultValue("7") int overdueWindowDays,
        @DefaultValue("8") int maxAttempts) {}
