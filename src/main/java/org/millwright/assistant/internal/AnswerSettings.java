package org.millwright.assistant.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Answers ({@code millwright.assistant.answers.*}).
 *
 * @param passages passages retrieved for a question
 * @param maxQuestionLength longest question accepted (characters)
 */
public record AnswerSettings(
        @Min(1) @Max(50) @DefaultValue("8") int passages,
        @Min(10) @Max(20000) @DefaultValue("2000") int maxQuestionLength) {}
