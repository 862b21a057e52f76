package org.millwright.assistant.internal.feedback;

import java.util.Optional;
import java.util.UUID;
import org.millwright.assistant.internal.AnsweredTurn;
import org.millwright.assistant.internal.AnsweredTurns;
import org.springframework.stereotype.Component;

/** The answers feedback refers to, from the conversations' {@link AnsweredTurns}. */
@Component
class AnswerLookup {

    private final AnsweredTurns turns;

    AnswerLookup(AnsweredTurns turns) {
        this.turns = turns;
    }

    Optional<AnsweredTurn> find(UUID conversationId, UUID turnId) {
        return conversationId == null || turnId == null ? Optional.empty() : turns.find(conversationId, turnId);
    }
}
