package org.millwright.knowledge.internal.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.millwright.knowledge.internal.index.SearchRequest.Mode;

class HybridRankingTest {

    static final UUID TENANT = UUID.randomUUID();

    @TempDir
    Path dir;

    @Test
    void aChunkFirstInOneMethodAndGoodInTheOtherWinsTheFusion() {
        UUID both = UUID.randomUUID(); // BM25 rank 1, vector rank 2
        UUID vectorOnly = UUID.randomUUID(); // vector rank 1, no text match
        UUID textOnly = UUID.randomUUID(); // BM25 rank 2, vector rank 3
        float[] query = {1, 0, 0, 0};
        try (LuceneKnowledgeIndex index = new LuceneKnowledgeIndex(dir)) {
            index.index(List.of(
                    chunk(both, "compressor seal leak detected at the compressor seal", new float[] {0.9f, 0.3f, 0, 0}),
                    chunk(vectorOnly, "unrelated motor vibration", new float[] {1, 0, 0, 0}),
                    chunk(textOnly, "compressor inspection", new float[] {0, 1, 0, 0})));

            String text = "compressor seal leak";
            assertThat(ids(index.search(SearchRequest.of(TENANT, text, query, "m", 3, Mode.BM25))))
                    .containsExactly(both, textOnly);
            assertThat(ids(index.search(SearchRequest.of(TENANT, text, query, "m", 3, Mode.VECTOR))))
                    .containsExactly(vectorOnly, both, textOnly);

            List<SearchHit> hybrid = index.search(SearchRequest.of(TENANT, text, query, "m", 3, Mode.HYBRID));
            assertThat(ids(hybrid)).containsExactly(both, textOnly, vectorOnly);
            // RRF with k = 60: 1/61 + 1/62 for the chunk found by both methods
            assertThat(hybrid.getFirst().score())
                    .isCloseTo(1f / 61 + 1f / 62, org.assertj.core.data.Offset.offset(1e-6f));
            assertThat(hybrid.getFirst().snippet()).contains("<em>");
        }
    }

    static IndexedChunk chunk(UUID id, String text, float[] vector) {
        return new IndexedChunk(
                id, TENANT, UUID.randomUUID(), "", List.of(), null, "en", null, List.of(), null, text, vector, "m");
    }

    static List<UUID> ids(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::chunkId).toList();
    }
}
