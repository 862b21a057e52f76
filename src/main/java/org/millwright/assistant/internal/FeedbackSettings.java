package org.millwright.assistant.internal;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Feedback and verified fixes ({@code millwright.assistant.feedback.*}).
 *
 * @param verifiedFixBoost how much a verified fix raises its passages in the next ranking for the
 *     same machine or machine type (a multiplier of their score, at least 1)
 */
public record FeedbackSettings(@DefaultValue("2.0") double verifiedFixBoost) {}
