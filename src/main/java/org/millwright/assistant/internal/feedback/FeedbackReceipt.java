package org.millwright.assistant.internal.feedback;

/**
 * What giving feedback did: the feedback stored, whether it replaced the user's earlier feedback
 * on the same answer, and the verified fix the answer now is (null when it is none).
 */
public record FeedbackReceipt(FeedbackView feedback, boolean replaced, VerifiedFix verifiedFix) {}
