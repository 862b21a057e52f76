package org.millwright.assistant.internal;

import jakarta.validation.Valid;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Every setting of the assistant module, bound from {@code millwright.assistant.*}: conversations
 * and their memory, answers, rate limits, feedback and voice questions.
 */
@Validated
@ConfigurationProperties("millwright.assistant")
public record AssistantSettings(
        @Valid @DefaultValue ConversationSettings conversations,
        @Valid @DefaultValue AnswerSettings answers,
        @Valid @DefaultValue LimitSettings limits,
        @Valid @DefaultValue FeedbackSettings feedback,
        @Valid @DefaultValue VoiceSettings voice) {}
