package org.millwright.assistant.internal;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rate limits of questions ({@code millwright.assistant.limits.*}).
 *
 * @param perSessionInterval the shortest time between two questions of one conversation (its
 *     first question is always answered)
 * @param perUserPerMinute questions one user may ask per minute
 * @param perTenantPerMinute questions one tenant may ask per minute
 */
public record LimitSettings(
        @DefaultValue("2s") Duration perSessionInterval,
        @Min(1) @DefaultValue("100") int perUserPerMinute,
        @Min(1) @DefaultValue("100") int perTenantPerMinute) {}
