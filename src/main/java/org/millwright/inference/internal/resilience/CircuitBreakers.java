package org.millwright.inference.internal.resilience;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** One {@link CircuitBreaker} per model server, keyed by its base URL. */
public final class CircuitBreakers {

    private final int threshold;
    private final Duration openDuration;
    private final Clock clock;
    private final ConcurrentMap<String, CircuitBreaker> circuits = new ConcurrentHashMap<>();

    public CircuitBreakers(int threshold, Duration openDuration, Clock clock) {
        this.threshold = threshold;
        this.openDuration = openDuration;
        this.clock = clock;
    }

    public CircuitBreaker of(String baseUrl) {
        String key = normalise(baseUrl);
        return circuits.computeIfAbsent(key, k -> new CircuitBreaker(k, threshold, openDuration, clock));
    }

    private static String normalise(String baseUrl) {
        String url = baseUrl.strip().toLowerCase(Locale.ROOT);
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        return url.endsWith("/v1") ? url.substring(0, url.length() - 3) : url;
    }
}
