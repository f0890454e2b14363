package vn.daotao.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.daotao.Application;
import vn.daotao.base.db.EmbeddedPostgresServer;

/**
 * The prod profile on an empty database: no demo accounts, and the first admin comes from the
 * environment exactly once.
 */
@SpringBootTest
class ProductionProfileTest {

    @Autowired
    EmbeddedPostgresServer server;

    @Autowired
    JdbcClient jdbc;

    @Test
    void prodSeedsNothingButTheFirstAdminFromTheEnvironment() {
        owner().sql("drop database if exists prod_check").update();
        owner().sql("create database prod_check").update();
        String url = server.jdbcUrl().replace("/postgres?", "/prod_check?");

        String firstHash;
        try (ConfigurableApplicationContext app = start(url, "MatKhauRatManh2026")) {
            JdbcClient db = app.getBean(JdbcClient.class);
            List<String> users =
                    db.sql("select username from app_user").query(String.class).list();
            assertThat(users).containsExactly("chiefadmin");
            assertThat(db.sql("select roles from app_user where username = 'chiefadmin'")
                            .query((rs, i) -> List.of((String[]) rs.getArray(1).getArray()))
                            .single())
                    .contains("ADMIN");
            assertThat(db.sql("select name from unit").query(String.class).list())
                    .containsExactly("Sở Thử nghiệm");
            assertThat(db.sql("select count(*) from audit_event where action = 'ADMIN_CREATED'")
                            .query(Integer.class)
                            .single())
                    .isEqualTo(1);
            firstHash = db.sql("select password_hash from app_user")
                    .query(String.class)
                    .single();
        }
        try (ConfigurableApplicationContext app = start(url, "MotMatKhauKhac2027")) {
            JdbcClient db = app.getBean(JdbcClient.class);
            assertThat(db.sql("select password_hash from app_user")
                            .query(String.class)
                            .single())
                    .as("a restart with other variables must not reset the admin's password")
                    .isEqualTo(firstHash);
            assertThat(db.sql("select count(*) from app_user")
                            .query(Integer.class)
                            .single())
                    .isEqualTo(1);
        }
    }

    private static ConfigurableApplicationContext start(String url, String password) {
        return new SpringApplicationBuilder(Application.class)
                .profiles("prod")
                .properties(
                        "spring.datasource.url=" + url,
                        "spring.datasource.username=postgres",
                        "server.port=0",
                        "vaadin.devmode.devTools.enabled=false",
                        "APP_ADMIN_USERNAME=chiefadmin",
                        "APP_ADMIN_PASSWORD=" + password,
                        "APP_ADMIN_FULL_NAME=Trưởng ban Quản trị",
                        "APP_ORGANISATION_NAME=Sở Thử nghiệm",
                        "APP_PUBLIC_URL=https://daotao.example.gov.vn")
                .run();
    }

    /** The database's owner: the application's own role may not create or drop databases. */
    private JdbcClient owner() {
        return JdbcClient.create(new org.springframework.jdbc.datasource.SimpleDriverDataSource(
                new org.postgresql.Driver(), server.jdbcUrl()));
    }
}
