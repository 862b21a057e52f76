package org.millwright.knowledge.internal.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Documents of the tenant in context. */
public interface KnowledgeDocumentRepository extends JpaRepository<KnowledgeDocument, UUID> {

    Optional<KnowledgeDocument> findByContentHash(String contentHash);

    Page<KnowledgeDocument> findByKind(String kind, Pageable pageable);

    Page<KnowledgeDocument> findByKindNot(String kind, Pageable pageable);

    @Query(
            value = "select d from KnowledgeDocument d join d.assetIds a where d.kind = :kind and a = :assetId",
            countQuery =
                    "select count(d) from KnowledgeDocument d join d.assetIds a where d.kind = :kind and a = :assetId")
    Page<KnowledgeDocument> findByKindAndAsset(String kind, UUID assetId, Pageable pageable);

    @Query("select d from KnowledgeDocument d join d.assetIds a where a = :assetId")
    List<KnowledgeDocument> findByAsset(UUID assetId, Pageable pageable);

    @Query("select d.id from KnowledgeDocument d where d.kind = :kind")
    List<UUID> findIdsByKind(String kind);

    /** Only the kind of each document, for search results. */
    List<DocumentKind> findByIdIn(Collection<UUID> ids);

    /** A document's id and kind. */
    interface DocumentKind {
        UUID getId();

        String getKind();
    }

    @Query("select coalesce(sum(d.sizeBytes), 0) from KnowledgeDocument d")
    long totalBytes();

    /** First page of the documents in a status, by id (keyset paging, for the rebuild). */
    List<KnowledgeDocument> findByStatusOrderById(DocumentStatus status, Limit limit);

    /** Next page of the documents in a status, after {@code id}. */
    List<KnowledgeDocument> findByStatusAndIdGreaterThanOrderById(DocumentStatus status, UUID id, Limit limit);

    @Query("select coalesce(sum(d.chunkCount), 0) from KnowledgeDocument d where d.status = :status")
    long chunkCount(DocumentStatus status);
}
