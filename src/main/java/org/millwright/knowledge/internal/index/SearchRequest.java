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
 * added by {@link KnowledgeRetriever} unless given; in {@link Mode#HYBRID} a missing vector or a blank query
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
        Set<UUID> documentIds,
        Carried carried) {

    public static final int MAX_K = 200;

    /**
     * The query carried across languages: the language it was asked in, its terms in the other
     * language (for that language's BM25 fields; null on the query's own side) and the vector of
     * its rendering in the other language (for that language's chunks; null when not embedded).
     */
    public record Carried(String queryLanguage, String englishTerms, String spanishTerms, float[] vector) {}

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
    }

    /** A request whose vector (if any) has no model id: it meets only chunks indexed without one. */
    public static SearchRequest of(UUID tenantId, String query, float[] queryVector, int k, Mode mode) {
        return of(tenantId, query, queryVector, null, k, mode);
    }

    public static SearchRequest of(
            UUID tenantId, String query, float[] queryVector, String queryModel, int k, Mode mode) {
        return new SearchRequest(
                tenantId, query, queryVector, queryModel, k, mode, null, null, null, null, null, null, null);
    }

    /** The query's vector, made by the embedding model {@code model}. */
    public SearchRequest withVector(float[] vector, String model) {
        return new SearchRequest(
                tenantId,
                query,
                vector,
                model,
                k,
                mode,
                siteId,
                assetId,
                assetType,
                documentId,
                language,
                documentIds,
                carried);
    }

    public SearchRequest withCarried(Carried c) {
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
                documentIds,
                c);
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
                documentIds,
                carried);
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
                documentIds,
                carried);
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
                documentIds,
                carried);
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
                documentIds,
                carried);
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
                Set.copyOf(documents),
                carried);
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
                documentIds,
                carried);
    }
}
