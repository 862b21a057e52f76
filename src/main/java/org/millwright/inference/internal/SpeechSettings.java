package org.millwright.inference.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The speech-to-text server ({@code millwright.inference.speech.*}): any OpenAI-compatible {@code
 * /v1/audio/transcriptions}. Empty {@code baseUrl}: voice is off.
 */
public record SpeechSettings(
        @DefaultValue("") String baseUrl,
        @DefaultValue("whisper-1") String model,
        @DefaultValue("") String apiKey,
        @DefaultValue("60s") Duration timeout) {}
