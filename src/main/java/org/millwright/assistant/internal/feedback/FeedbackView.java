package org.millwright.assistant.internal.feedback;

import java.time.Instant;
import java.util.UUID;

/**
 * Feedback as supervisors review it: the answer, who judged it and how, and the verified fix it
 * made or supports (null when none).
 */
public record FeedbackView(
        UUID id,
        UUID conversationId,
        UUID turnId,
        UUID userId,
        String userLabel,
        boolean helpful,
        String comment,
        boolean confirmedFix,
        UUID assetId,
        String question,
        String answer,
        String language,
        UUID verifiedFixId,
        Instant at) {}
