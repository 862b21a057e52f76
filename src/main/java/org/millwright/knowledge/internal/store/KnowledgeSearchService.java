package org.millwright.knowledge.internal.store;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.millwright.knowledge.internal.index.EmbeddingProvider;
import org.millwright.knowledge.internal.index.KnowledgeIndex;
import org.millwright.knowledge.internal.index.SearchHit;
import org.millwright.knowledge.internal.index.SearchRequest;
import org.millwright.platform.tenancy.TenantContext;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

/** Hybrid retrieval for the tenant in context, with the citation data of each passage. */
@Service
public class KnowledgeSearchService {

    private final KnowledgeIndex index;
    private final EmbeddingProvider embeddings;
    private final KnowledgeChunkRepository chunks;

    KnowledgeSearchService(@Lazy KnowledgeIndex index, EmbeddingProvider embeddings, KnowledgeChunkRepository chunks) {
        this.index = index;
        this.embeddings = embeddings;
        this.chunks = chunks;
    }

    public List<Passage> search(Query q) {
        float[] vector = q.mode() == SearchRequest.Mode.BM25 ? null : embeddings.embed(q.text());
        SearchRequest request = SearchRequest.of(TenantContext.require(), q.text(), vector, q.k(), q.mode())
                .withSite(q.siteId())
                .withAsset(q.assetId())
                .withAssetType(q.assetType())
                .withDocument(q.documentId())
                .withLanguage(q.language());
        List<SearchHit> hits = index.search(request);
        Map<UUID, KnowledgeChunk> rows = chunks
                .findByIdIn(hits.stream().map(SearchHit::chunkId).toList())
                .stream()
                .collect(Collectors.toMap(KnowledgeChunk::getId, Function.identity()));
        return hits.stream()
                .filter(h -> rows.containsKey(h.chunkId()))
                .map(h -> Passage.of(h, rows.get(h.chunkId())))
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
            String language) {}

    /** A ranked passage with what a citation needs. */
    public record Passage(
            UUID chunkId,
            UUID documentId,
            String title,
            List<String> sectionPath,
            Integer page,
            Integer lineStart,
            Integer lineEnd,
            String language,
            float score,
            String snippet,
            String text) {
        static Passage of(SearchHit h, KnowledgeChunk c) {
            return new Passage(
                    h.chunkId(),
                    h.documentId(),
                    h.title(),
                    h.sectionPath(),
                    h.page(),
                    c.getLineStart(),
                    c.getLineEnd(),
                    h.language(),
                    h.score(),
                    h.snippet(),
                    c.getText());
        }
    }
}
