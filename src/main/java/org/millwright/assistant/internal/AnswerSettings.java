package org.millwright.assistant.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Answers ({@code millwright.assistant.answers.*}).
 *
 * @param passages passages retrieved for a question
 * @param maxQuestionLength longest question accepted (characters)
 * @param extractiveSentences most sentences of an extractive answer (2 to 10)
 * @param maxPersonaLength longest tenant persona (characters)
 * @param streamTimeout longest a streamed answer (SSE) may take before the stream is closed
 */
public record AnswerSettings(
        @Min(1) @Max(50) @DefaultValue("8") int passages,
        @Min(10) @Max(20000) @DefaultValue("2000") int maxQuestionLength,
        @Min(2) @Max(10) @DefaultValue("5") int extractiveSentences,
        @Min(100) @Max(4000) @DefaultValue("2000") int maxPersonaLength,
        @DefaultValue("3m") Duration streamTimeout) {}
