package org.millwright.inference.internal.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One inference's audit row, with the prompt, the response and the sources given to the model. */
public record AuditEntryView(
        UUID id,
        Instant createdAt,
        UUID userId,
        UUID conversationId,
        String kind,
        String endpoint,
        String provider,
        String model,
        String status,
        String error,
        int tokensIn,
        int tokensOut,
        boolean tokensEstimated,
        long latencyMs,
        Long firstTokenMs,
        List<String> sources,
        String prompt,
        String response) {}
