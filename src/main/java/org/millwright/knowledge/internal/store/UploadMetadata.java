package org.millwright.knowledge.internal.store;

import java.util.List;
import java.util.UUID;

/** What an uploader may say about a document: all optional. */
public record UploadMetadata(
        String title, UUID siteId, String assetType, List<UUID> assetIds, String language, List<String> tags) {

    public UploadMetadata {
        assetIds = assetIds == null ? List.of() : List.copyOf(assetIds);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
