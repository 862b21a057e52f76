package org.millwright.assistant.internal.answer;

import java.util.List;
import java.util.UUID;
import org.millwright.assistant.internal.AnswerMode;
import org.millwright.assistant.internal.AssistantType;

/**
 * The answer to a question: its text with {@code [n]} citations, how it was made, in which
 * language, its sources and images, the model (null when extractive) and whether the knowledge
 * base had nothing relevant ({@code notCovered}).
 */
public record AskAnswer(
        UUID conversationId,
        UUID turnId,
        String answer,
        AnswerMode mode,
        String language,
        AssistantType assistantType,
        List<Citation> citations,
        List<Image> images,
        String model,
        boolean notCovered) {

    public AskAnswer {
        citations = List.copyOf(citations);
        images = List.copyOf(images);
    }

    /** An image of the knowledge base that illustrates the answer. */
    public record Image(UUID documentId, String caption, String url) {}
}
