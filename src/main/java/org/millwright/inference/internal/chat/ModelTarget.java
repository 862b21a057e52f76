package org.millwright.inference.internal.chat;

import java.time.Duration;
import java.util.Objects;

/**
 * A chat model to call: its provider ({@code ollama} or {@code openai}), server, name, bearer key
 * (empty: none) and the defaults of its calls. {@code source} says where it came from ({@code
 * tenant}, {@code global} or {@code detected}).
 */
public record ModelTarget(
        String provider,
        String baseUrl,
        String model,
        String apiKey,
        double temperature,
        int maxTokens,
        Duration timeout,
        Duration idleTimeout,
        String source) {

    public static final String OLLAMA = "ollama";
    public static final String OPENAI = "openai";

    public ModelTarget {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(model, "model");
        apiKey = apiKey == null ? "" : apiKey;
        Objects.requireNonNull(timeout, "timeout");
        idleTimeout = idleTimeout == null ? Duration.ZERO : idleTimeout;
    }

    /** What identifies the client of this target (the call defaults are sent per request). */
    ClientKey clientKey() {
        return new ClientKey(provider, baseUrl, apiKey, timeout);
    }

    record ClientKey(String provider, String baseUrl, String apiKey, Duration timeout) {}

    @Override
    public String toString() {
        return provider + ":" + model + " at " + baseUrl + " (" + source + ")";
    }
}
