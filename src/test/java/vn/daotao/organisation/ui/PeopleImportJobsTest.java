package vn.daotao.organisation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daotao.security.TestSignIn;

/** A people import runs in the background, reports its progress, and keeps its result for the admin. */
@SpringBootTest
class PeopleImportJobsTest {

    @Autowired
    PeopleImportJobs jobs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext app;

    @AfterEach
    void signOut() {
        TestSignIn.clear(app);
    }

    @Test
    void aLargeImportRunsAsTheAdminInTheBackgroundAndItsResultWaitsForThem() throws Exception {
        String t = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        int rows = 2_000;
        StringBuilder csv = new StringBuilder("Mã cán bộ;Họ và tên;Tên đăng nhập;Email;Mã đơn vị;Vai trò\n");
        for (int i = 0; i < rows; i++) {
            csv.append("BG")
                    .append(t)
                    .append('-')
                    .append(i)
                    .append(";Người Nhập Nền ")
                    .append(i)
                    .append(";nen")
                    .append(t.toLowerCase())
                    .append(i)
                    .append(";;KHTC;Nhân viên\n");
        }
        TestSignIn.as(app, "admin");
        long admin = jdbc.sql("select id from app_user where username = 'admin'")
                .query(Long.class)
                .single();

        PeopleImportJobs.Job job = jobs.start(admin, "nen.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(jobs.start(admin, "lan-hai.csv", new byte[0]))
                .as("a second start while one runs follows the running one")
                .isSameAs(job);
        TestSignIn.clear(app);
        List<Double> seen = new ArrayList<>();
        long until = System.currentTimeMillis() + 120_000;
        while (job.running() && System.currentTimeMillis() < until) {
            seen.add(job.fraction());
            Thread.sleep(20);
        }
        assertThat(job.running()).as("finished within two minutes").isFalse();
        assertThat(job.problem()).isEmpty();
        assertThat(job.result().orElseThrow().passwords()).hasSize(rows);
        assertThat(job.fraction()).isEqualTo(1.0);
        assertThat(seen).as("progress between start and end was shown").anyMatch(f -> f > 0 && f < 1);
        assertThat(seen).isSorted();
        assertThat(jdbc.sql("select count(*) from app_user where employee_code like :p")
                        .param("p", "BG" + t + "-%")
                        .query(Integer.class)
                        .single())
                .isEqualTo(rows);
        assertThat(jdbc.sql("""
                        select actor_username from audit_event
                         where action = 'PEOPLE_IMPORTED' and target_id = 'nen.csv' order by id desc limit 1""").query(String.class).single())
                .as("audited as the admin who started it, from the background thread")
                .isEqualTo("admin");

        assertThat(jobs.current(admin))
                .as("the result waits for the admin to come back")
                .containsSame(job);
        jobs.dismiss(admin);
        assertThat(jobs.current(admin)).isEmpty();
    }
}
