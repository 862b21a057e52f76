package org.millwright.assistant.internal.conversation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Turns of the tenant in context. */
interface TurnRepository extends JpaRepository<Turn, UUID> {

    List<Turn> findByConversationIdOrderByPosition(UUID conversationId);

    List<Turn> findByConversationIdAndPositionBetweenOrderByPosition(UUID conversationId, int from, int to);

    Optional<Turn> findByIdAndConversationId(UUID id, UUID conversationId);

    @Modifying
    @Query("delete from Turn t where t.conversationId in :ids")
    int deleteByConversationIds(Collection<UUID> ids);
}
