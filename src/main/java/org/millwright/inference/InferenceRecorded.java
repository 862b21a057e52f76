package org.millwright.inference;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Published after every chat or transcription, successful or not, with what its audit row holds.
 * {@code kind} is {@code chat} or {@code transcription}; {@code status} is {@code OK} or the name of
 * the {@link InferenceException.Reason} ({@code CANCELLED} when the caller's token consumer threw
 * and the stream was stopped, {@code ERROR} for a failure nobody foresaw). Prompt (the messages as
 * {@code ROLE: text} lines) and response (for a failure: the text streamed before it) are bounded
 * as configured.
 */
public record InferenceRecorded(
        UUID id,
        UUID tenantId,
        UUID userId,
        UUID conversationId,
        String kind,
        String endpoint,
        String provider,
        String model,
        String prompt,
        String response,
        List<String> sources,
        int tokensIn,
        int tokensOut,
        boolean tokensEstimated,
        long latencyMillis,
        Long firstTokenMillis,
        String status,
        String error,
        Instant at) {

    public InferenceRecorded {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
