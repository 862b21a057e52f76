package org.millwright.knowledge.internal.store;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Documents of the tenant in context. */
public interface KnowledgeDocumentRepository extends JpaRepository<KnowledgeDocument, UUID> {

    Optional<KnowledgeDocument> findByContentHash(String contentHash);

    Page<KnowledgeDocument> findByKind(String kind, Pageable pageable);

    @Query("select coalesce(sum(d.sizeBytes), 0) from KnowledgeDocument d")
    long totalBytes();
}
