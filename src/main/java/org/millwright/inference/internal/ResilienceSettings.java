package org.millwright.inference.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Retries and circuit breaking of calls to model servers ({@code millwright.inference.resilience.*}).
 *
 * @param retries retries of a retriable failure (0 to 10)
 * @param initialBackoff the wait before the first retry; doubled for each next one
 */
public record ResilienceSettings(
        @Min(0) @Max(10) @DefaultValue("3") int retries,
        @DefaultValue("200ms") Duration initialBackoff) {}
