package org.millwright.inference.internal.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * Filters of the inference audit: created in [from, to) (either may be null), and optionally one
 * user, conversation, model, endpoint, status ({@code OK} or a failure reason) and kind ({@code
 * chat}, {@code transcription}).
 */
public record AuditQuery(
        Instant from,
        Instant to,
        UUID userId,
        UUID conversationId,
        String model,
        String endpoint,
        String status,
        String kind) {}
