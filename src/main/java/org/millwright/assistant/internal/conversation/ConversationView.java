package org.millwright.assistant.internal.conversation;

import java.time.Instant;
import java.util.UUID;
import org.millwright.assistant.internal.AssistantType;

/** A conversation as lists show it. */
public record ConversationView(
        UUID id,
        UUID ownerId,
        UUID siteId,
        UUID assetId,
        AssistantType assistantType,
        String title,
        int turns,
        boolean closed,
        Instant createdAt,
        Instant lastActiveAt) {

    static ConversationView of(Conversation c) {
        return new ConversationView(
                c.getId(),
                c.getOwnerId(),
                c.getSiteId(),
                c.getAssetId(),
                c.getAssistantType(),
                c.getTitle(),
                c.getTurnCount(),
                c.isClosed(),
                c.getCreatedAt(),
                c.getLastActiveAt());
    }
}
