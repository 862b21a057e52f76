package org.millwright.knowledge.internal.store;

import java.util.List;
import java.util.UUID;
import org.millwright.platform.assets.AssetDocuments;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The platform's {@link AssetDocuments}, answered from the knowledge base's links to machines. */
@Component
class KnowledgeAssetDocuments implements AssetDocuments {

    private final KnowledgeDocumentRepository documents;

    KnowledgeAssetDocuments(KnowledgeDocumentRepository documents) {
        this.documents = documents;
    }

    @Override
    @Transactional(readOnly = true)
    public List<LinkedDocument> linkedTo(UUID assetId, int limit) {
        var page = PageRequest.of(0, limit, Sort.by("createdAt").descending());
        return documents.findByAsset(assetId, page).stream()
                .map(KnowledgeAssetDocuments::linked)
                .toList();
    }

    private static LinkedDocument linked(KnowledgeDocument d) {
        String path = d.isImage() ? "/api/v1/knowledge/images/" : "/api/v1/knowledge/documents/";
        return new LinkedDocument(d.getId(), d.getKind(), d.getTitle(), path + d.getId());
    }
}
