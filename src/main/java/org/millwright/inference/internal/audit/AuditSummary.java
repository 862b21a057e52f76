package org.millwright.inference.internal.audit;

import java.time.Instant;
import java.util.UUID;

/** An audit row as lists show it: without prompt, response and sources (see the row itself). */
public record AuditSummary(
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
        Long firstTokenMs) {}
