package vn.daotao.base.db;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Properties;
import javax.sql.DataSource;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Readiness follows the database: DOWN while it cannot be reached (a load balancer sends no one here), UP again by
 * itself on the first probe after it is back. The probe opens its own short connection with a 2 s limit instead
 * of borrowing from the pool, which would wait for the pool's 10 s connection timeout while the database is down
 * (and take a connection from learners while it is up and busy).
 */
@Component("database")
class DatabaseReadiness implements HealthIndicator {

    private final DataSource dataSource;

    DatabaseReadiness(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Health health() {
        if (!(dataSource instanceof HikariDataSource hikari) || hikari.getJdbcUrl() == null) {
            return Health.unknown().build();
        }
        Properties properties = new Properties();
        if (hikari.getUsername() != null) {
            properties.setProperty("user", hikari.getUsername());
        }
        if (hikari.getPassword() != null) {
            properties.setProperty("password", hikari.getPassword());
        }
        properties.setProperty("connectTimeout", "2");
        properties.setProperty("socketTimeout", "2");
        properties.setProperty("loginTimeout", "2");
        try (Connection connection = DriverManager.getConnection(hikari.getJdbcUrl(), properties);
                var statement = connection.createStatement()) {
            statement.execute("select 1");
            return Health.up().build();
        } catch (Exception unreachable) {
            return Health.down().build();
        }
    }
}
