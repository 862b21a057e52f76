package org.millwright.inference.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The global chat model ({@code millwright.inference.chat.*}).
 *
 * @param provider {@code ollama}, {@code openai} (any OpenAI-compatible server) or empty (none;
 *     an Ollama answering on localhost is then used when {@code detectLocalOllama})
 * @param baseUrl the server's base URL
 * @param model the model name
 * @param apiKey the bearer key of an OpenAI-compatible server (empty: none)
 * @param timeout the longest one inference may take
 */
public record ChatSettings(
        @DefaultValue("") String provider,
        @DefaultValue("") String baseUrl,
        @DefaultValue("") String model,
        @DefaultValue("") String apiKey,
        @DefaultValue("30s") Duration timeout,
        @DefaultValue("true") boolean detectLocalOllama) {}
