package org.millwright.inference.internal;

import jakarta.validation.Valid;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Every setting of the inference module, bound from {@code millwright.inference.*}: the global
 * chat model (a tenant may override it), retries and circuit breaking, speech-to-text, the audit
 * log and usage (prices, quotas).
 */
@Validated
@ConfigurationProperties("millwright.inference")
public record InferenceSettings(
        @Valid @DefaultValue ChatSettings chat,
        @Valid @DefaultValue ResilienceSettings resilience,
        @Valid @DefaultValue SpeechSettings speech,
        @Valid @DefaultValue AuditSettings audit,
        @Valid @DefaultValue UsageSettings usage) {}
