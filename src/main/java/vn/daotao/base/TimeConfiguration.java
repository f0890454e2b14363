package vn.daotao.base;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole app, so tests can move time instead of waiting for it. */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

    /** Dates shown to people and printed on certificates are Vietnam's. */
    public static final String ZONE_ID = "Asia/Ho_Chi_Minh";

    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

    @Bean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
