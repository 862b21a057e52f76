package org.millwright.inference.internal.config;

/**
 * The plain values of a tenant's chat model (everything but the key): provider, server, model and
 * optional call defaults (null: the global setting).
 */
public record ModelConfigValues(
        String provider, String baseUrl, String model, Double temperature, Integer maxTokens, Long timeoutMillis) {}
