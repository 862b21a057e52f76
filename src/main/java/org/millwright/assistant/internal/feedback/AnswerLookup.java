package org.millwright.assistant.internal.feedback;

import java.util.Optional;
import java.util.UUID;
import org.millwright.assistant.internal.AnsweredTurn;
import org.millwright.assistant.internal.AnsweredTurns;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The answers feedback refers to, from the conversations' {@link AnsweredTurns}. The only place
 * that looks that port up: without an implementation every answer is unknown.
 */
@Component
class AnswerLookup {

    private final ObjectProvider<AnsweredTurns> turns;

    AnswerLookup(ObjectProvider<AnsweredTurns> turns) {
        this.turns = turns;
    }

    Optional<AnsweredTurn> find(UUID conversationId, UUID turnId) {
        AnsweredTurns port = turns.getIfAvailable();
        return port == null || conversationId == null || turnId == null
                ? Optional.empty()
                : port.find(conversationId, turnId);
    }
}
