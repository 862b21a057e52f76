package org.millwright.inference.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The speech-to-text server ({@code millwright.inference.speech.*}): any OpenAI-compatible {@code
 * /v1/audio/transcriptions}. Empty {@code baseUrl}: voice is off.
 *
 * @param baseUrl the server's base URL, with or without the trailing {@code /v1}
 * @param model the transcription model
 * @param apiKey the bearer key (empty: none)
 * @param timeout the longest one transcription may take
 */
public record SpeechSettings(
        @DefaultValue("") String baseUrl,
        @DefaultValue("whisper-1") String model,
        @DefaultValue("") String apiKey,
        @DefaultValue("60s") Duration timeout) {

    public boolean configured() {
        return !baseUrl.isBlank();
    }
}
