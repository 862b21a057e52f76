package org.millwright.assistant.internal.conversation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Conversations of the tenant in context. */
interface ConversationRepository extends JpaRepository<Conversation, UUID> {

    Page<Conversation> findByOwnerId(UUID ownerId, Pageable page);

    @Query("select c.id from Conversation c where c.createdAt < :before")
    List<UUID> findIdsCreatedBefore(Instant before, Pageable page);
}
