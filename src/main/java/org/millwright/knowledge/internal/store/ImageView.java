package org.millwright.knowledge.internal.store;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * An image as the API shows it. {@code url} is the API path of its bytes, relative to the server;
 * {@code width} and {@code height} are null when the format does not tell them.
 */
public record ImageView(
        UUID id,
        String caption,
        String url,
        String fileName,
        String mediaType,
        long sizeBytes,
        Integer width,
        Integer height,
        String language,
        UUID siteId,
        String assetType,
        Set<UUID> assetIds,
        String tags,
        DocumentStatus status,
        String statusReason,
        int chunkCount,
        String embeddingModel,
        UUID jobId,
        Instant createdAt,
        Instant updatedAt) {

    /** The API path that serves an image's bytes. */
    public static String fileUrl(UUID imageId) {
        return "/api/v1/knowledge/images/" + imageId + "/file";
    }

    static ImageView of(KnowledgeDocument d) {
        return new ImageView(
                d.getId(),
                d.getTitle(),
                fileUrl(d.getId()),
                d.getFileName(),
                d.getMediaType(),
                d.getSizeBytes(),
                d.getWidth(),
                d.getHeight(),
                d.getLanguage(),
                d.getSiteId(),
                d.getAssetType(),
                d.getAssetIds(),
                d.getTags(),
                d.getStatus(),
                d.getStatusReason(),
                d.getChunkCount(),
                d.getEmbeddingModel(),
                d.getJobId(),
                d.getCreatedAt(),
                d.getUpdatedAt());
    }
}
