package org.millwright.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    @Test
    void allowsTheBudgetThenRefusesWithAWait() {
        RateLimiter limiter = new RateLimiter(() -> 3, 10);
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.consume("k").allowed()).isTrue();
        }
        RateLimiter.Decision refused = limiter.consume("k");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.remaining()).isZero();
        assertThat(refused.resetSeconds()).isBetween(1L, 60L);
        assertThat(limiter.consume("other").allowed()).as("buckets are per key").isTrue();
    }

    @Test
    void forgetsTheLeastRecentlyUsedKeysBeyondItsBound() {
        RateLimiter limiter = new RateLimiter(() -> 1, 2);
        limiter.consume("a");
        limiter.consume("b");
        limiter.consume("c");
        assertThat(limiter.consume("a").allowed())
                .as("a was evicted, so it starts afresh")
                .isTrue();
    }
}
