package org.millwright.assistant.internal.conversation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.millwright.assistant.internal.AnswerMode;
import tools.jackson.databind.JsonNode;

/** A conversation with its running summary and every turn, oldest first. */
public record ConversationDetail(ConversationView conversation, String summary, List<TurnView> turns) {

    /** One answered question; {@code citations} as the answer returned them. */
    public record TurnView(
            UUID id,
            int position,
            String question,
            String answer,
            String language,
            AnswerMode mode,
            boolean notCovered,
            JsonNode citations,
            String model,
            long retrievalMillis,
            long answerMillis,
            Long firstTokenMillis,
            Instant at) {}
}
