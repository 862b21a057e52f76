package org.millwright.knowledge.internal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.millwright.knowledge.internal.index.EmbeddingProvider;
import org.millwright.knowledge.internal.index.IndexedChunk;

/** Which stored passages a rebuild embeds again, in which batches, from which text; and how rows are indexed. */
class ReembedderTest {

    static final String CURRENT = "current-model";
    static final UUID DOC = UUID.randomUUID();

    /** Records each call; the vector of a text is {length, 1}. */
    static class RecordingProvider implements EmbeddingProvider {
        final List<List<String>> calls = new ArrayList<>();

        @Override
        public String modelId() {
            return CURRENT;
        }

        @Override
        public int dimensions() {
            return 2;
        }

        @Override
        public List<float[]> embed(List<String> texts) {
            calls.add(List.copyOf(texts));
            return texts.stream().map(t -> new float[] {t.length(), 1}).toList();
        }
    }

    static KnowledgeChunk row(int ordinal, String section, String text, String model) {
        String vector = model == null ? null : VectorCodec.encode(new float[] {1, 0});
        return new KnowledgeChunk(DOC, ordinal, text, section, 2, 1, 3, 0, text.length(), "en", vector, model);
    }

    @Test
    void onlyPassagesOfAnotherModelOrWithoutVectorAreEmbeddedInBatches() {
        RecordingProvider provider = new RecordingProvider();
        List<KnowledgeChunk> rows = List.of(
                row(0, "Pumps", "a", "old-model"),
                row(1, "Pumps", "bb", CURRENT),
                row(2, "", "ccc", null),
                row(3, "Pumps > Seals", "dddd", "old-model"),
                row(4, "Pumps", "eeeee", "old-model"));

        Map<java.util.UUID, float[]> fresh = new Reembedder(provider, 2, false).embed("Manual", rows);

        assertThat(fresh.keySet())
                .containsExactly(
                        rows.get(0).getId(),
                        rows.get(2).getId(),
                        rows.get(3).getId(),
                        rows.get(4).getId());
        assertThat(provider.calls).extracting(List::size).containsExactly(2, 2);
        assertThat(provider.calls.getFirst()).containsExactly("Manual — Pumps\na", "Manual\nccc");
        assertThat(provider.calls.get(1).getFirst()).isEqualTo("Manual — Pumps > Seals\ndddd");
        assertThat(fresh.get(rows.get(0).getId())).containsExactly("Manual — Pumps\na".length(), 1f);
    }

    @Test
    void reembedAllEmbedsEvenCurrentPassages() {
        RecordingProvider provider = new RecordingProvider();
        List<KnowledgeChunk> rows = List.of(row(0, "", "a", CURRENT), row(1, "", "b", CURRENT));
        assertThat(new Reembedder(provider, 32, false).embed("T", rows)).isEmpty();
        assertThat(provider.calls).isEmpty();
        assertThat(new Reembedder(provider, 32, true).embed("T", rows)).hasSize(2);
        assertThat(provider.calls).hasSize(1);
    }

    @Test
    void aProviderThatLosesVectorsFailsTheBatch() {
        EmbeddingProvider lossy = new RecordingProvider() {
            @Override
            public List<float[]> embed(List<String> texts) {
                return List.of(new float[] {1, 0});
            }
        };
        List<KnowledgeChunk> rows = List.of(row(0, "", "a", null), row(1, "", "b", null));
        assertThatThrownBy(() -> new Reembedder(lossy, 32, false).embed("T", rows))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRowIsIndexedWithItsOwnVectorModelAndCitationData() {
        KnowledgeDocument doc = new KnowledgeDocument(
                "document",
                "pumps.md",
                "text/markdown",
                10,
                "hash",
                new org.millwright.knowledge.internal.store.UploadMetadata(
                        "Pump manual", null, "pump", List.of(), null, List.of()),
                null);
        UUID tenant = UUID.randomUUID();
        KnowledgeChunk stored = row(4, "Pumps > Seals", "Replace the seal.", "old-model");
        KnowledgeChunk bare = row(5, "", "No vector.", null);

        IndexedChunk indexed = IndexedChunks.of(tenant, doc, stored);
        assertThat(indexed.chunkId()).isEqualTo(stored.getId());
        assertThat(indexed.tenantId()).isEqualTo(tenant);
        assertThat(indexed.documentId()).isEqualTo(doc.getId());
        assertThat(indexed.title()).isEqualTo("Pump manual");
        assertThat(indexed.sectionPath()).containsExactly("Pumps", "Seals");
        assertThat(indexed.page()).isEqualTo(2);
        assertThat(indexed.assetType()).isEqualTo("pump");
        assertThat(indexed.vector()).containsExactly(1f, 0f);
        assertThat(indexed.modelId()).isEqualTo("old-model");

        IndexedChunk unembedded = IndexedChunks.of(tenant, doc, bare);
        assertThat(unembedded.sectionPath()).isEmpty();
        assertThat(unembedded.vector()).isNull();
        assertThat(unembedded.modelId()).isNull();
    }
}
