package org.millwright.knowledge.internal.index;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/** Batched, normalising bridge from a LangChain4j {@link EmbeddingModel} to our vectors. */
final class LangChainEmbeddings {

    private LangChainEmbeddings() {}

    static List<float[]> embed(EmbeddingModel model, List<String> texts, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive");
        }
        List<float[]> out = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += batchSize) {
            List<TextSegment> batch = texts.subList(from, Math.min(texts.size(), from + batchSize)).stream()
                    .map(t -> TextSegment.from(t == null || t.isBlank() ? " " : t))
                    .toList();
            List<Embedding> embeddings = model.embedAll(batch).content();
            if (embeddings.size() != batch.size()) {
                throw new IllegalStateException(
                        "model returned " + embeddings.size() + " embeddings for " + batch.size() + " texts");
            }
            embeddings.forEach(e -> out.add(Vectors.normalize(e.vector())));
        }
        return out;
    }
}
