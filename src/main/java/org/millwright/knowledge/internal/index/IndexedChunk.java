package org.millwright.knowledge.internal.index;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One chunk as the index stores it. {@code page}, {@code language}, {@code siteId},
 * {@code assetType}, {@code vector} and {@code modelId} may be null; a chunk without a vector is
 * found by BM25 only. The vector is normalised when indexed.
 */
public record IndexedChunk(
        UUID chunkId,
        UUID tenantId,
        UUID documentId,
        String title,
        List<String> sectionPath,
        Integer page,
        String language,
        UUID siteId,
        List<UUID> assetIds,
        String assetType,
        String text,
        float[] vector,
        String modelId) {

    public IndexedChunk {
        Objects.requireNonNull(chunkId, "chunkId");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(documentId, "documentId");
        title = title == null ? "" : title;
        sectionPath = sectionPath == null ? List.of() : List.copyOf(sectionPath);
        assetIds = assetIds == null ? List.of() : List.copyOf(assetIds);
        text = text == null ? "" : text;
    }
}
