package org.millwright.knowledge.internal.store;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Chunks of the tenant in context. */
public interface KnowledgeChunkRepository extends JpaRepository<KnowledgeChunk, UUID> {

    List<KnowledgeChunk> findByIdIn(Collection<UUID> ids);

    List<KnowledgeChunk> findByDocumentIdOrderByOrdinal(UUID documentId);

    /** One page of a document's chunks after {@code ordinal} (keyset paging, for the rebuild). */
    List<KnowledgeChunk> findByDocumentIdAndOrdinalGreaterThanOrderByOrdinal(UUID documentId, int ordinal, Limit limit);

    @Modifying
    @Query("delete from KnowledgeChunk c where c.documentId = :documentId")
    int deleteByDocument(UUID documentId);
}
