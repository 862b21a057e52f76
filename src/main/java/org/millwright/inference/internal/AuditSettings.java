package org.millwright.inference.internal;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The audit rows of inferences ({@code millwright.inference.audit.*}).
 *
 * @param maxPromptChars longest prompt kept in a row (longer ones are cut)
 * @param maxResponseChars longest response kept in a row
 * @param retention how long rows are kept
 */
public record AuditSettings(
        @Min(100) @DefaultValue("8000") int maxPromptChars,
        @Min(100) @DefaultValue("8000") int maxResponseChars,
        @DefaultValue("365d") Duration retention) {}
