package org.millwright.assistant.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A question and the answer given to it: who asked, about which machine (asset id and type code,
 * null when none), in which language, the chunks cited, and whether the answer was extractive.
 */
public record AnsweredTurn(
        UUID conversationId,
        UUID turnId,
        UUID ownerId,
        UUID assetId,
        String assetType,
        String question,
        String answer,
        String language,
        List<UUID> citedChunkIds,
        boolean extractive,
        Instant at) {

    public AnsweredTurn {
        citedChunkIds = List.copyOf(citedChunkIds);
    }
}
