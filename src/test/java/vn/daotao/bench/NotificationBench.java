package vn.daotao.bench;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daotao.Application;
import vn.daotao.base.TimeConfiguration;
import vn.daotao.base.db.EmbeddedPostgresServer;
import vn.daotao.notification.internal.NotificationPlanner;

/**
 * The notification planner on the reference data set (scripts/bench-notifications.sh, not a test): a first run that
 * records every new assignment's notice for 100,000 people, the hourly run that finds nothing new, a reminder day
 * and the Monday digest; each timed, with the notices recorded. The notices are deleted afterwards.
 */
public final class NotificationBench {

    private NotificationBench() {}

    public static void main(String[] args) throws Exception {
        String url = args.length > 0 && !args[0].isBlank() ? args[0] : null;
        EmbeddedPostgresServer server = null;
        if (url == null) {
            server = EmbeddedPostgresServer.start(Path.of("target/bench-pg"), 0);
            url = server.jdbcUrl().replace("/postgres?", "/bench?");
        }
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .profiles("prod")
                .properties(
                        "spring.datasource.url=" + url,
                        "spring.main.banner-mode=off",
                        "APP_PUBLIC_URL=https://daotao.example.gov.vn",
                        "logging.level.root=WARN",
                        "server.port=0",
                        "app.notifications.jobs=false",
                        "vaadin.devmode.devTools.enabled=false")
                .run()) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            NotificationPlanner planner = app.getBean(NotificationPlanner.class);
            jdbc.sql("delete from notification").update();
            LocalDate today = LocalDate.now(TimeConfiguration.ZONE);
            LocalDate due =
                    jdbc.sql("""
                            select min(due_date) from assignment where unit_id is not null and due_date >= :today""").param("today", today).query(LocalDate.class).single();
            System.out.printf(
                    "%nReference data: %,d people, %,d assignments, next due date %s%n",
                    count(jdbc, "select count(*) from app_user"), count(jdbc, "select count(*) from assignment"), due);
            System.out.printf("%-58s %10s %12s%n", "planner run", "ms", "notices");
            // the data's assignments were made when it was generated: within three days they are new to everyone
            jdbc.sql("update assignment set created_at = now() where due_date >= current_date")
                    .update();
            run(planner, jdbc, "first run: every current cycle newly assigned", today, Instant.now());
            run(planner, jdbc, "the same hour again (nothing new)", today, Instant.now());
            run(
                    planner,
                    jdbc,
                    "the next hour (nothing new)",
                    today,
                    Instant.now().plusSeconds(3600));
            LocalDate weekBefore = due.minusDays(7);
            run(planner, jdbc, "7 days before the due date (reminders)", weekBefore, at(weekBefore));
            LocalDate after = due.plusDays(1);
            run(planner, jdbc, "the day after the due date (overdue)", after, at(after));
            LocalDate monday = due.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
            run(planner, jdbc, "a Monday after it (unit heads' digests)", monday, at(monday));
            run(
                    planner,
                    jdbc,
                    "the same Monday, an hour later (nothing new)",
                    monday,
                    at(monday).plusSeconds(3600));
            jdbc.sql("delete from notification").update();
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    private static void run(NotificationPlanner planner, JdbcClient jdbc, String name, LocalDate day, Instant now) {
        long before = count(jdbc, "select count(*) from notification");
        long start = System.nanoTime();
        planner.plan(day, now);
        double ms = (System.nanoTime() - start) / 1e6;
        System.out.printf("%-58s %10.0f %,12d%n", name, ms, count(jdbc, "select count(*) from notification") - before);
    }

    private static Instant at(LocalDate day) {
        return day.atTime(8, 0).atZone(TimeConfiguration.ZONE).toInstant();
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
