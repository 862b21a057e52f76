package org.millwright.platform.web;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * Token buckets (Bucket4j) per key, refilled greedily each minute. Keys are kept in a bounded
 * least-recently-used map, so a flood of distinct callers cannot exhaust memory. Public so that a
 * module can limit its own anonymous pages (the maintenance module's public request page).
 */
public final class RateLimiter {

    private final IntSupplier perMinute;
    private final Map<String, Bucket> buckets;

    public RateLimiter(IntSupplier perMinute, int maxKeys) {
        this.perMinute = perMinute;
        this.buckets = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxKeys;
            }
        });
    }

    public Decision consume(String key) {
        Bucket bucket = buckets.computeIfAbsent(key, k -> newBucket());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        long resetSeconds =
                Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds());
        return new Decision(probe.isConsumed(), perMinute.getAsInt(), probe.getRemainingTokens(), resetSeconds);
    }

    private Bucket newBucket() {
        int limit = perMinute.getAsInt();
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(limit)
                        .refillGreedy(limit, Duration.ofMinutes(1))
                        .build())
                .build();
    }

    /** The outcome of one request against one bucket. */
    public record Decision(boolean allowed, int limit, long remaining, long resetSeconds) {}
}
