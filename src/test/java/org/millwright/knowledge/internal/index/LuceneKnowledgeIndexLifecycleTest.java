package org.millwright.knowledge.internal.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.millwright.knowledge.internal.index.SearchRequest.Mode;

/** Writes: deletion, replacement, model tracking, clearing, atomic failure and reopening. */
class LuceneKnowledgeIndexLifecycleTest extends IndexTestSupport {

    @Test
    void deleteDocumentRemovesAllItsChunksAndOnlyInItsTenant() {
        UUID doc = UUID.randomUUID();
        index.index(List.of(
                chunk(TENANT_A, doc, "Gearbox", "en", null, null, null, "gearbox oil change", E1),
                chunk(TENANT_A, doc, "Gearbox", "en", null, null, null, "gearbox noise", E2),
                chunk(TENANT_A, doc, "Gearbox", "en", null, null, null, "gearbox seal", E1)));
        SearchRequest gearbox = SearchRequest.of(TENANT_A, "gearbox", null, 10, Mode.BM25);
        assertThat(index.search(gearbox)).hasSize(3);
        assertThat(index.size()).isEqualTo(6);

        index.deleteDocument(TENANT_B, doc);
        assertThat(index.search(gearbox)).hasSize(3);

        index.deleteDocument(TENANT_A, doc);
        assertThat(index.search(gearbox)).isEmpty();
        assertThat(index.size()).isEqualTo(3);

        index.deleteTenant(TENANT_A);
        assertThat(index.size()).isEqualTo(1);
    }

    @Test
    void reindexingTheSameChunkIdReplacesIt() {
        UUID chunkId = UUID.randomUUID();
        UUID doc = UUID.randomUUID();
        index.index(List.of(new IndexedChunk(
                chunkId, TENANT_A, doc, "t", null, null, "en", null, null, null, "old gearbox text", E1, MODEL)));
        index.index(List.of(new IndexedChunk(
                chunkId, TENANT_A, doc, "t", null, null, "en", null, null, null, "new turbine text", E2, MODEL)));
        assertThat(index.size()).isEqualTo(4);
        assertThat(index.search(SearchRequest.of(TENANT_A, "gearbox", null, 10, Mode.BM25)))
                .isEmpty();
        assertThat(index.search(SearchRequest.of(TENANT_A, "turbine", null, 10, Mode.BM25)))
                .extracting(SearchHit::chunkId)
                .containsExactly(chunkId);
    }

    @Test
    void replaceDocumentSwapsAllItsChunksInOneWriteAndTouchesNothingElse() {
        UUID doc = UUID.randomUUID();
        index.index(List.of(
                chunk(TENANT_A, doc, "Gearbox", "en", null, null, null, "gearbox oil change", E1),
                chunk(TENANT_A, doc, "Gearbox", "en", null, null, null, "gearbox noise", E2)));
        index.index(List.of(chunk(TENANT_B, doc, "Gearbox", "en", null, null, null, "gearbox of tenant b", E1)));
        assertThat(index.size()).isEqualTo(6);

        index.replaceDocument(
                TENANT_A, doc, List.of(chunk(TENANT_A, doc, "Turbine", "en", null, null, null, "turbine blades", E1)));

        assertThat(index.size()).isEqualTo(5);
        assertThat(index.search(SearchRequest.of(TENANT_A, "gearbox", null, 10, Mode.BM25)))
                .isEmpty();
        assertThat(docs(index.search(SearchRequest.of(TENANT_A, "turbine", null, 10, Mode.BM25))))
                .containsExactly(doc);
        assertThat(index.search(SearchRequest.of(TENANT_B, "gearbox", null, 10, Mode.BM25)))
                .hasSize(1);
        assertThat(docs(index.search(SearchRequest.of(TENANT_A, "bomba pump", null, 10, Mode.BM25))))
                .containsExactlyInAnyOrder(DOC_ES, DOC_EN);
    }

    @Test
    void replaceDocumentRefusesAChunkOfAnotherDocumentOrTenantAndWritesNothing() {
        UUID doc = UUID.randomUUID();
        List<IndexedChunk> otherDocument =
                List.of(chunk(TENANT_A, UUID.randomUUID(), "x", "en", null, null, null, "turbine", E1));
        List<IndexedChunk> otherTenant = List.of(chunk(TENANT_B, doc, "x", "en", null, null, null, "turbine", E1));
        assertThatThrownBy(() -> index.replaceDocument(TENANT_A, doc, otherDocument))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> index.replaceDocument(TENANT_A, doc, otherTenant))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> index.replaceDocument(
                        TENANT_A,
                        DOC_EN,
                        List.of(chunk(TENANT_A, DOC_EN, "x", "en", null, null, null, "t", new float[] {1}))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(index.size()).isEqualTo(3);
        assertThat(docs(index.search(SearchRequest.of(TENANT_A, "pump", null, 10, Mode.BM25))))
                .contains(DOC_EN);
    }

    @Test
    void modelIsRecordedAndClearEmptiesTheIndex() {
        assertThat(index.indexedModel()).contains(MODEL);
        index.clear();
        assertThat(index.size()).isZero();
        assertThat(index.indexedModel()).isEmpty();
        assertThat(index.search(SearchRequest.of(TENANT_A, "bomba", E1, MODEL, 10, Mode.HYBRID)))
                .isEmpty();

        // after a clear, a model of another dimension can be indexed (a model change)
        index.index(List.of(new IndexedChunk(
                UUID.randomUUID(),
                TENANT_A,
                DOC_EN,
                "t",
                null,
                null,
                "en",
                null,
                null,
                null,
                "pump",
                new float[] {0, 0, 1},
                "other-model")));
        assertThat(index.indexedModel()).contains("other-model");
        assertThat(index.search(SearchRequest.of(TENANT_A, "", new float[] {0, 0, 1}, "other-model", 10, Mode.VECTOR)))
                .hasSize(1);
    }

    @Test
    void aWrongVectorDimensionFailsTheWholeCallAndWritesNothing() {
        List<IndexedChunk> batch = List.of(
                chunk(TENANT_A, UUID.randomUUID(), "ok", "en", null, null, null, "compressor", E1),
                chunk(TENANT_A, UUID.randomUUID(), "bad", "en", null, null, null, "compressor", new float[] {1, 0}));
        assertThatThrownBy(() -> index.index(batch)).isInstanceOf(IllegalArgumentException.class);
        assertThat(index.size()).isEqualTo(3);
    }

    @Test
    void survivesReopening() {
        index.close();
        index = new LuceneKnowledgeIndex(dir);
        assertThat(docs(index.search(SearchRequest.of(TENANT_A, "", E2, MODEL, 1, Mode.VECTOR))))
                .containsExactly(DOC_EN);
    }

    @Test
    void tenantIsRequired() {
        assertThatThrownBy(() -> SearchRequest.of(null, "x", null, 10, Mode.BM25))
                .isInstanceOf(NullPointerException.class);
    }
}
