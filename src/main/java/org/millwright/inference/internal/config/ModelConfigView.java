package org.millwright.inference.internal.config;

import java.time.Instant;
import java.util.UUID;

/** A tenant's chat model as shown to its admins: the key only as set or not. */
public record ModelConfigView(
        String provider,
        String baseUrl,
        String model,
        boolean apiKeySet,
        Double temperature,
        Integer maxTokens,
        Long timeoutMs,
        Instant updatedAt,
        UUID updatedBy) {

    static ModelConfigView of(TenantModelConfig c) {
        return new ModelConfigView(
                c.getProvider(),
                c.getBaseUrl(),
                c.getModel(),
                c.getApiKeyCiphertext() != null,
                c.getTemperature(),
                c.getMaxTokens(),
                c.getTimeoutMillis(),
                c.getUpdatedAt(),
                c.getUpdatedBy());
    }
}
