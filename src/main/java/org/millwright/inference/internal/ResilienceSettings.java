package org.millwright.inference.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Retries and circuit breaking of calls to model servers ({@code millwright.inference.resilience.*}).
 *
 * @param retries retries of a retriable failure (0 to 10)
 * @param initialBackoff the wait before the first retry; doubled for each next one, with up to
 *     half of it added at random
 * @param maxBackoff the longest wait between two attempts
 * @param failureThreshold consecutive failed attempts against one server that open its circuit
 * @param openDuration how long an open circuit refuses calls before one probe call is let through
 */
public record ResilienceSettings(
        @Min(0) @Max(10) @DefaultValue("3") int retries,
        @DefaultValue("200ms") Duration initialBackoff,
        @DefaultValue("5s") Duration maxBackoff,
        @Min(1) @Max(1000) @DefaultValue("5") int failureThreshold,
        @DefaultValue("30s") Duration openDuration) {}
