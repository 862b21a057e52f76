package org.millwright.knowledge.internal.index;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A search within one tenant. {@code tenantId} is required and always applied as a filter. The
 * optional filters ({@code siteId}, {@code assetId}, {@code assetType}, {@code documentId},
 * {@code language}, {@code documentIds}) are ANDed; {@code documentIds} (null: any document)
 * keeps only chunks of those documents, so an empty set matches nothing. {@code queryVector} is
 * needed for {@link Mode#VECTOR}; in {@link Mode#HYBRID} a missing vector or a blank query
 * degrades to the other method. {@code queryModel} is the embedding model of {@code queryVector}:
 * kNN compares it only with chunks embedded by that same model (a chunk of another model is found
 * by BM25 only).
 */
public record SearchRequest(
        UUID tenantId,
        String query,
        float[] queryVector,
        String queryModel,
        int k,
        Mode mode,
        UUID siteId,
        UUID assetId,
        String assetType,
        UUID documentId,
        String language,
        Set<UUID> documentIds) {

    public static final int MAX_K = 200;

    public enum Mode {
        BM25,
        VECTOR,
        HYBRID
    }

    public SearchRequest {
        Objects.requireNonNull(tenantId, "tenantId is required");
        if (k < 1 || k > MAX_K) {
            throw new IllegalArgumentException("k must be between 1 and " + MAX_K + ": " + k);
        }
        mode = mode == null ? Mode.HYBRID : mode;
        query = query == null ? "" : query;
        documentIds = documentIds == null ? null : Set.copyOf(documentIds);
        if (mode == Mode.VECTOR && queryVector == null) {
            throw new IllegalArgumentException("VECTOR mode needs a queryVector");
        }
    }

    /** A request whose vector (if any) has no model id: it meets only chunks indexed without one. */
    public static SearchRequest of(UUID tenantId, String query, float[] queryVector, int k, Mode mode) {
        return of(tenantId, query, queryVector, null, k, mode);
    }

    public static SearchRequest of(
            UUID tenantId, String query, float[] queryVector, String queryModel, int k, Mode mode) {
        return new SearchRequest(tenantId, query, queryVector, queryModel, k, mode, null, null, null, null, null, null);
    }

    public SearchRequest withSite(UUID site) {
        return new SearchRequest(
                tenantId,
                query,
                queryVector,
                queryModel,
                k,
                mode,
                site,
                assetId,
                assetType,
                documentId,
                language,
                documentIds);
    }

    public SearchRequest withAsset(UUID asset) {
        return new SearchRequest(
                tenantId,
                query,
                queryVector,
                queryModel,
                k,
                mode,
                siteId,
                asset,
                assetType,
                documentId,
                language,
                documentIds);
    }

    public SearchRequest withAssetType(String type) {
        return new SearchRequest(
                tenantId,
                query,
                queryVector,
                queryModel,
                k,
                mode,
                siteId,
                assetId,
                type,
                documentId,
                language,
                documentIds);
    }

    public SearchRequest withDocument(UUID document) {
        return new SearchRequest(
                tenantId,
                query,
                queryVector,
                queryModel,
                k,
                mode,
                siteId,
                assetId,
                assetType,
                document,
                language,
                documentIds);
    }

    /** Only chunks of these documents (e.g. the tenant's documents of one kind). */
    public SearchRequest withDocuments(Collection<UUID> documents) {
        return new SearchRequest(
                tenantId,
                query,
                queryVector,
                queryModel,
                k,
                mode,
                siteId,
                assetId,
                assetType,
                documentId,
                language,
                Set.copyOf(documents));
    }

    public SearchRequest withLanguage(String lang) {
        return new SearchRequest(
                tenantId,
                query,
                queryVector,
                queryModel,
                k,
                mode,
                siteId,
                assetId,
                assetType,
                documentId,
                lang,
                documentIds);
    }
}
