package org.millwright.assistant.internal.feedback;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An answer a technician confirmed fixed the problem on a machine: the question and answer, the
 * machine (asset id, type code and site), the knowledge chunks it cited, who confirmed it and when.
 */
public record VerifiedFix(
        UUID id,
        UUID conversationId,
        UUID turnId,
        UUID assetId,
        String assetType,
        UUID siteId,
        String question,
        String answer,
        String language,
        List<UUID> citedChunkIds,
        UUID confirmedBy,
        String confirmedByLabel,
        Instant confirmedAt) {

    public VerifiedFix {
        citedChunkIds = List.copyOf(citedChunkIds);
    }
}
