package org.millwright.knowledge.internal.store;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A document as the API shows it. */
public record DocumentView(
        UUID id,
        String kind,
        String title,
        String fileName,
        String mediaType,
        long sizeBytes,
        String language,
        UUID siteId,
        String assetType,
        Set<UUID> assetIds,
        String tags,
        DocumentStatus status,
        String statusReason,
        Integer pages,
        int chunkCount,
        String embeddingModel,
        UUID jobId,
        Instant createdAt,
        Instant updatedAt) {

    static DocumentView of(KnowledgeDocument d) {
        return new DocumentView(
                d.getId(),
                d.getKind(),
                d.getTitle(),
                d.getFileName(),
                d.getMediaType(),
                d.getSizeBytes(),
                d.getLanguage(),
                d.getSiteId(),
                d.getAssetType(),
                d.getAssetIds(),
                d.getTags(),
                d.getStatus(),
                d.getStatusReason(),
                d.getPages(),
                d.getChunkCount(),
                d.getEmbeddingModel(),
                d.getJobId(),
                d.getCreatedAt(),
                d.getUpdatedAt());
    }
}
