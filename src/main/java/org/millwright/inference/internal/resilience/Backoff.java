package org.millwright.inference.internal.resilience;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with jitter: the wait before retry {@code n} (1-based) is the initial wait
 * doubled {@code n - 1} times, plus up to half of it at random, never more than the maximum.
 */
public record Backoff(Duration initial, Duration max) {

    public Duration before(int retry) {
        long base = initial.toMillis() << Math.min(retry - 1, 20);
        long jitter = base <= 1 ? 0 : ThreadLocalRandom.current().nextLong(base / 2 + 1);
        return Duration.ofMillis(Math.min(base + jitter, max.toMillis()));
    }
}
