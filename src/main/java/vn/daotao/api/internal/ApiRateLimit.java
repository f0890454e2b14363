package vn.daotao.api.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A token bucket per token on this node: {@code app.api.rate-limit-per-minute} calls a minute, refilled evenly, up
 * to a burst of the same size. Per node: behind a load balancer with N nodes a token gets up to N times the limit.
 */
@Component
public class ApiRateLimit {

    private final int perMinute;
    private final ConcurrentMap<Long, Bucket> buckets = new ConcurrentHashMap<>();

    ApiRateLimit(@Value("${app.api.rate-limit-per-minute:600}") int perMinute) {
        this.perMinute = Math.max(1, perMinute);
    }

    /** 0 when the call may go ahead, else the seconds to wait. */
    long acquire(long tokenId, long nowNanos) {
        return buckets.computeIfAbsent(tokenId, id -> new Bucket(perMinute, nowNanos))
                .take(perMinute, nowNanos);
    }

    private static final class Bucket {
        private double tokens;
        private long last;

        Bucket(int capacity, long now) {
            this.tokens = capacity;
            this.last = now;
        }

        synchronized long take(int perMinute, long now) {
            double refill = (now - last) / 60_000_000_000.0 * perMinute;
            tokens = Math.min(perMinute, tokens + refill);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) * 60.0 / perMinute);
        }
    }
}
