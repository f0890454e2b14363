package vn.daotao.base.db;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Starts an embedded PostgreSQL when no {@code spring.datasource.url} is configured, so that
 * {@code ./mvnw spring-boot:run} works on a fresh machine. With a URL set, nothing here is created
 * and Spring Boot's own DataSource auto-configuration connects to that server.
 *
 * <p>As on a real server, two roles: Flyway migrates as the owner ({@code postgres}), the application
 * connects as {@value #APP_ROLE}, which may read and write rows but not change the schema, the triggers
 * that keep records append-only, or the record chain (db/migration/afterMigrate.sql).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(
            @Value("${app.embedded-db.data-dir:./data/postgres}") Path dataDirectory,
            @Value("${app.embedded-db.port:0}") int port) {
        return EmbeddedPostgresServer.start(dataDirectory, port);
    }

    /** The application's role in the embedded database; the migrations grant it its rights. */
    static final String APP_ROLE = "daotao_app";

    @Bean
    @Primary
    DataSource dataSource(
            EmbeddedPostgresServer server,
            @Value("${spring.datasource.hikari.maximum-pool-size:20}") int poolSize,
            @Value("${spring.datasource.hikari.minimum-idle:-1}") int minimumIdle,
            @Value("${spring.datasource.hikari.idle-timeout:600000}") long idleTimeout,
            @Value("${APP_DB_APP_ROLE:" + APP_ROLE + "}") String appRole) {
        server.ensureLoginRole(appRole);
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.jdbcUrl(appRole));
        dataSource.setUsername(appRole);
        dataSource.setMaximumPoolSize(poolSize);
        // the tests hold many application contexts on one server: each keeps only what it uses (pom.xml)
        if (minimumIdle >= 0) {
            dataSource.setMinimumIdle(minimumIdle);
            dataSource.setIdleTimeout(idleTimeout);
        }
        dataSource.setPoolName("embedded-postgres");
        return dataSource;
    }

    /** The owner, for migrations only. */
    @Bean
    @FlywayDataSource
    DataSource flywayDataSource(EmbeddedPostgresServer server) {
        return new SimpleDriverDataSource(new org.postgresql.Driver(), server.jdbcUrl());
    }
}
