package org.millwright.assistant.internal;

import java.util.Optional;
import java.util.UUID;

/** The answers given in the tenant's conversations, as feedback refers to them. */
public interface AnsweredTurns {

    /** The answer {@code turnId} of conversation {@code conversationId} in the tenant in context. */
    Optional<AnsweredTurn> find(UUID conversationId, UUID turnId);
}
