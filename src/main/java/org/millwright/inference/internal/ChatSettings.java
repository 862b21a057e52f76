package org.millwright.inference.internal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The global chat model ({@code millwright.inference.chat.*}).
 *
 * @param provider {@code ollama}, {@code openai} (any OpenAI-compatible server) or empty (none;
 *     an Ollama answering on localhost is then used when {@code detectLocalOllama})
 * @param baseUrl the server's base URL (for {@code openai}, with or without the trailing {@code /v1})
 * @param model the model name (for a detected Ollama: the model to prefer)
 * @param apiKey the bearer key of an OpenAI-compatible server (empty: none)
 * @param timeout the longest one inference may take
 * @param idleTimeout the longest wait between two streamed pieces of an answer (0: no limit)
 * @param temperature the sampling temperature (0 to 2) unless a call or the tenant sets one
 * @param maxTokens the longest answer in tokens unless a call or the tenant sets one
 * @param detectLocalOllama whether, with no provider configured, an Ollama server at {@code
 *     detectUrl} is looked for at start-up
 * @param detectUrl where that Ollama server is looked for
 * @param detectTimeout how long the look may take
 */
public record ChatSettings(
        @Pattern(regexp = "|ollama|openai") @DefaultValue("")
        String provider,

        @DefaultValue("") String baseUrl,
        @DefaultValue("") String model,
        @DefaultValue("") String apiKey,
        @DefaultValue("30s") Duration timeout,
        @DefaultValue("15s") Duration idleTimeout,

        @DecimalMin("0") @DecimalMax("2") @DefaultValue("0.2")
        double temperature,

        @Min(1) @Max(32768) @DefaultValue("1024") int maxTokens,
        @DefaultValue("true") boolean detectLocalOllama,
        @DefaultValue("http://localhost:11434") String detectUrl,
        @DefaultValue("1s") Duration detectTimeout) {

    /** Whether a provider is configured (rather than left to detection). */
    public boolean configured() {
        return !provider.isBlank();
    }
}
