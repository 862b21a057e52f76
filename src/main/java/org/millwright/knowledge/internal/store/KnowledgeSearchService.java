package org.millwright.knowledge.internal.store;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.millwright.knowledge.KnowledgeRetrieval;
import org.millwright.knowledge.RetrievalQuery;
import org.millwright.knowledge.RetrievedPassage;
import org.millwright.knowledge.internal.KnowledgeSettings;
import org.millwright.knowledge.internal.index.BilingualLexicon;
import org.millwright.knowledge.internal.index.EmbeddingProvider;
import org.millwright.knowledge.internal.index.KnowledgeIndex;
import org.millwright.knowledge.internal.index.KnowledgeRetriever;
import org.millwright.knowledge.internal.index.SearchHit;
import org.millwright.knowledge.internal.index.SearchRequest;
import org.millwright.platform.tenancy.TenantContext;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

/** Hybrid retrieval for the tenant in context, with the citation data of each passage. */
@Service
public class KnowledgeSearchService implements KnowledgeRetrieval {

    /** The kinds a search may be limited to. */
    public static final Set<String> KINDS = Set.of("document", "note", KnowledgeDocument.IMAGE);

    private final KnowledgeRetriever retriever;
    private final EmbeddingProvider embeddings;
    private final KnowledgeChunkRepository chunks;
    private final KnowledgeDocumentRepository documents;

    KnowledgeSearchService(
            @Lazy KnowledgeIndex index,
            EmbeddingProvider embeddings,
            KnowledgeChunkRepository chunks,
            KnowledgeDocumentRepository documents,
            BilingualLexicon lexicon,
            KnowledgeSettings settings) {
        this.retriever = new KnowledgeRetriever(
                embeddings, index, settings.crossLanguage().enabled() ? lexicon : null);
        this.embeddings = embeddings;
        this.chunks = chunks;
        this.documents = documents;
    }

    @Override
    public List<RetrievedPassage> retrieve(RetrievalQuery q) {
        if (q.kind() != null && !KINDS.contains(q.kind())) {
            throw new IllegalArgumentException("unknown kind: " + q.kind());
        }
        Query query = new Query(
                q.text(),
                q.k(),
                SearchRequest.Mode.HYBRID,
                q.siteId(),
                q.assetId(),
                q.assetType(),
                null,
                q.language(),
                q.kind());
        return search(query).stream().map(Passage::toRetrieved).toList();
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        return texts.isEmpty() ? List.of() : embeddings.embed(texts);
    }

    @Override
    public String embeddingModel() {
        return embeddings.modelId();
    }

    public List<Passage> search(Query q) {
        SearchRequest request = SearchRequest.of(TenantContext.require(), q.text(), null, q.k(), q.mode())
                .withSite(q.siteId())
                .withAsset(q.assetId())
                .withAssetType(q.assetType())
                .withDocument(q.documentId())
                .withLanguage(q.language());
        if (q.kind() != null) {
            // The index does not hold the kind; the tenant's documents of that kind become the filter.
            List<UUID> ofKind = documents.findIdsByKind(q.kind());
            if (ofKind.isEmpty()) {
                return List.of();
            }
            request = request.withDocuments(ofKind);
        }
        List<SearchHit> hits = retriever.search(request);
        Map<UUID, KnowledgeChunk> rows = chunks
                .findByIdIn(hits.stream().map(SearchHit::chunkId).toList())
                .stream()
                .collect(Collectors.toMap(KnowledgeChunk::getId, Function.identity()));
        Map<UUID, String> kinds =
                documents.findByIdIn(hits.stream().map(SearchHit::documentId).collect(Collectors.toSet())).stream()
                        .collect(Collectors.toMap(
                                KnowledgeDocumentRepository.DocumentKind::getId,
                                KnowledgeDocumentRepository.DocumentKind::getKind));
        return hits.stream()
                .filter(h -> rows.containsKey(h.chunkId()) && kinds.containsKey(h.documentId()))
                .map(h -> Passage.of(h, rows.get(h.chunkId()), kinds.get(h.documentId())))
                .toList();
    }

    /** A search as the API receives it. */
    public record Query(
            String text,
            int k,
            SearchRequest.Mode mode,
            UUID siteId,
            UUID assetId,
            String assetType,
            UUID documentId,
            String language,
            String kind) {}

    /**
     * A ranked passage with what a citation needs. {@code kind} is document, note or image; for an
     * image, {@code title} is its caption and {@code imageUrl} the API path of its bytes (else null).
     */
    public record Passage(
            UUID chunkId,
            UUID documentId,
            String kind,
            String title,
            List<String> sectionPath,
            Integer page,
            Integer lineStart,
            Integer lineEnd,
            String language,
            float score,
            String snippet,
            String text,
            String imageUrl) {
        RetrievedPassage toRetrieved() {
            return new RetrievedPassage(
                    chunkId,
                    documentId,
                    kind,
                    title,
                    sectionPath,
                    page,
                    lineStart,
                    lineEnd,
                    language,
                    score,
                    snippet,
                    text,
                    imageUrl);
        }

        static Passage of(SearchHit h, KnowledgeChunk c, String kind) {
            return new Passage(
                    h.chunkId(),
                    h.documentId(),
                    kind,
                    h.title(),
                    h.sectionPath(),
                    h.page(),
                    c.getLineStart(),
                    c.getLineEnd(),
                    h.language(),
                    h.score(),
                    h.snippet(),
                    c.getText(),
                    KnowledgeDocument.IMAGE.equals(kind) ? ImageView.fileUrl(h.documentId()) : null);
        }
    }
}
