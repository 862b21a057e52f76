package org.millwright.knowledge.internal.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.millwright.knowledge.internal.index.EmbeddingProvider;

/**
 * Decides which stored chunks a rebuild embeds again (those without a vector of the configured
 * model, or all of them when asked) and embeds them in batches, from the same text as ingest.
 */
final class Reembedder {

    private final EmbeddingProvider embeddings;
    private final int batch;
    private final boolean all;

    Reembedder(EmbeddingProvider embeddings, int batch, boolean all) {
        if (batch < 1) {
            throw new IllegalArgumentException("batch must be positive");
        }
        this.embeddings = embeddings;
        this.batch = batch;
        this.all = all;
    }

    String modelId() {
        return embeddings.modelId();
    }

    boolean needs(KnowledgeChunk row) {
        return all
                || row.getEmbedding() == null
                || row.getEmbedding().isEmpty()
                || !embeddings.modelId().equals(row.getEmbeddingModel());
    }

    /** New vectors of the rows that need one, by chunk id, in the rows' order. */
    Map<UUID, float[]> embed(String title, List<KnowledgeChunk> rows) {
        List<KnowledgeChunk> stale = rows.stream().filter(this::needs).toList();
        Map<UUID, float[]> vectors = new LinkedHashMap<>();
        for (int from = 0; from < stale.size(); from += batch) {
            List<KnowledgeChunk> part = stale.subList(from, Math.min(stale.size(), from + batch));
            List<float[]> embedded = embeddings.embed(part.stream()
                    .map(r -> IndexedChunks.embeddingText(title, r.getSectionPath(), r.getText()))
                    .toList());
            if (embedded.size() != part.size()) {
                throw new IllegalStateException(
                        "model returned " + embedded.size() + " vectors for " + part.size() + " texts");
            }
            for (int i = 0; i < part.size(); i++) {
                vectors.put(part.get(i).getId(), embedded.get(i));
            }
        }
        return vectors;
    }
}
