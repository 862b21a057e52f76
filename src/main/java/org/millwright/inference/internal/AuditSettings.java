package org.millwright.inference.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The audit rows of inferences ({@code millwright.inference.audit.*}).
 *
 * @param maxPromptChars longest prompt kept in a row (longer ones are cut; 100 to 200000)
 * @param maxResponseChars longest response kept in a row (100 to 200000)
 * @param retention how long rows are kept (at least a day); the daily usage totals are kept
 */
public record AuditSettings(
        @Min(100) @Max(200_000) @DefaultValue("8000") int maxPromptChars,
        @Min(100) @Max(200_000) @DefaultValue("8000") int maxResponseChars,
        @DurationMin(days = 1) @DefaultValue("365d") Duration retention) {}
