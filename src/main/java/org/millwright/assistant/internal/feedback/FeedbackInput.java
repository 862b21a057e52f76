package org.millwright.assistant.internal.feedback;

import java.util.UUID;

/**
 * Feedback as a user gives it on an answer: whether it helped, a comment, the machine it concerns
 * (null: the answer's), and whether it fixed the problem.
 */
public record FeedbackInput(
        UUID conversationId, UUID turnId, boolean helpful, String comment, UUID assetId, boolean confirmedFix) {}
