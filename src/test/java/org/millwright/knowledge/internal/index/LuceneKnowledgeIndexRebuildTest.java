package org.millwright.knowledge.internal.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.NIOFSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.millwright.knowledge.internal.index.SearchRequest.Mode;

/** What a rebuild relies on: per-document replacement, per-tenant counts, models kept apart, the commit record. */
class LuceneKnowledgeIndexRebuildTest extends IndexTestSupport {

    @Test
    void replaceDocumentSwapsAllOfItsChunksAndNothingElse() {
        UUID doc = UUID.randomUUID();
        index.index(List.of(
                chunk(TENANT_A, doc, "Gearbox", "en", null, null, null, "gearbox oil change", E1),
                chunk(TENANT_A, doc, "Gearbox", "en", null, null, null, "gearbox seal", E2)));
        IndexedChunk fresh = chunk(TENANT_A, doc, "Turbine", "en", null, null, null, "turbine blade", E1);

        index.replaceDocument(TENANT_A, doc, List.of(fresh));

        assertThat(index.search(SearchRequest.of(TENANT_A, "gearbox", null, 10, Mode.BM25)))
                .isEmpty();
        assertThat(index.search(SearchRequest.of(TENANT_A, "turbine", null, 10, Mode.BM25)))
                .extracting(SearchHit::chunkId)
                .containsExactly(fresh.chunkId());
        assertThat(index.size(TENANT_A)).isEqualTo(3);
        assertThat(index.size(TENANT_B)).isEqualTo(1);
    }

    @Test
    void replaceDocumentRefusesAnotherDocumentsChunkAndWritesNothing() {
        IndexedChunk stranger = chunk(TENANT_A, UUID.randomUUID(), "x", "en", null, null, null, "stranger", E1);
        assertThatThrownBy(() -> index.replaceDocument(TENANT_A, DOC_EN, List.of(stranger)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(index.documentIds(TENANT_A)).containsExactlyInAnyOrder(DOC_ES, DOC_EN);
    }

    @Test
    void aBadVectorInAReplacementKeepsTheOldChunks() {
        IndexedChunk bad = chunk(TENANT_A, DOC_EN, "x", "en", null, null, null, "bad", new float[] {1, 0});
        assertThatThrownBy(() -> index.replaceDocument(TENANT_A, DOC_EN, List.of(bad)))
                .isInstanceOf(IllegalArgumentException.class);
        index.deleteTenant(UUID.randomUUID()); // any later commit must not carry a half-done replacement
        assertThat(index.documentIds(TENANT_A)).containsExactlyInAnyOrder(DOC_ES, DOC_EN);
        assertThat(index.size(TENANT_A)).isEqualTo(2);
    }

    @Test
    void countsAndDocumentsArePerTenant() {
        assertThat(index.size()).isEqualTo(3);
        assertThat(index.size(TENANT_A)).isEqualTo(2);
        assertThat(index.size(TENANT_B)).isEqualTo(1);
        assertThat(index.size(UUID.randomUUID())).isZero();
        assertThat(index.documentIds(TENANT_A)).containsExactlyInAnyOrder(DOC_ES, DOC_EN);
        assertThat(index.documentIds(TENANT_B)).containsExactly(DOC_B);
    }

    @Test
    void knnComparesAQueryOnlyWithChunksOfItsOwnModel() {
        UUID doc = UUID.randomUUID();
        IndexedChunk sameDimension = new IndexedChunk(
                UUID.randomUUID(), TENANT_A, doc, "t", null, null, "en", null, null, null, "bomba", E1, "new-model");
        IndexedChunk otherDimension = new IndexedChunk(
                UUID.randomUUID(),
                TENANT_A,
                doc,
                "t",
                null,
                null,
                "en",
                null,
                null,
                null,
                "bomba",
                new float[] {0, 0, 0, 0, 0, 1},
                "wide-model");
        index.index(List.of(sameDimension, otherDimension));
        assertThat(index.indexedModels()).containsExactly("new-model", MODEL, "wide-model");

        assertThat(docs(index.search(SearchRequest.of(TENANT_A, "", E1, MODEL, 10, Mode.VECTOR))))
                .containsExactlyInAnyOrder(DOC_ES, DOC_EN);
        assertThat(index.search(SearchRequest.of(TENANT_A, "", E1, "new-model", 10, Mode.VECTOR)))
                .extracting(SearchHit::chunkId)
                .containsExactly(sameDimension.chunkId());
        assertThat(index.search(
                        SearchRequest.of(TENANT_A, "", new float[] {0, 0, 0, 0, 0, 1}, "wide-model", 10, Mode.VECTOR)))
                .extracting(SearchHit::chunkId)
                .containsExactly(otherDimension.chunkId());
        // a model the index does not hold: no kNN at all, BM25 still answers in hybrid mode
        assertThat(index.search(SearchRequest.of(TENANT_A, "", E1, "unknown", 10, Mode.VECTOR)))
                .isEmpty();
        assertThat(docs(index.search(SearchRequest.of(TENANT_A, "bomba", E1, "unknown", 10, Mode.HYBRID))))
                .contains(DOC_ES, doc);
    }

    @Test
    void aQueryOfTheRightModelButAnotherDimensionFallsBackToBm25() {
        assertThat(index.search(SearchRequest.of(TENANT_A, "", new float[] {1, 0}, MODEL, 10, Mode.VECTOR)))
                .isEmpty();
        assertThat(docs(index.search(SearchRequest.of(TENANT_A, "bomba", new float[] {1, 0}, MODEL, 10, Mode.HYBRID))))
                .contains(DOC_ES);
    }

    @Test
    void theLastCommitRecordsLayoutAndModelsForTheStartUpCheck(@TempDir Path empty) {
        IndexFolder open = LuceneKnowledgeIndex.inspect(dir);
        assertThat(open.exists()).isTrue();
        assertThat(open.chunks()).isEqualTo(3);
        assertThat(open.layout()).isEqualTo(LuceneKnowledgeIndex.LAYOUT);
        assertThat(open.models()).containsExactly(MODEL);
        assertThat(open.staleFor(MODEL)).isEmpty();
        assertThat(open.staleFor("other")).get().asString().contains(MODEL);

        index.index(List.of(new IndexedChunk(
                UUID.randomUUID(), TENANT_B, DOC_B, "t", null, null, "es", null, null, null, "x", E2, "other")));
        assertThat(LuceneKnowledgeIndex.inspect(dir).models()).containsExactlyInAnyOrder(MODEL, "other");

        index.clear();
        IndexFolder cleared = LuceneKnowledgeIndex.inspect(dir);
        assertThat(cleared.chunks()).isZero();
        assertThat(cleared.staleFor(MODEL)).get().asString().contains("empty");

        assertThat(LuceneKnowledgeIndex.inspect(empty.resolve("none"))).isEqualTo(IndexFolder.MISSING);
        assertThat(LuceneKnowledgeIndex.inspect(empty)).isEqualTo(IndexFolder.MISSING);
    }

    @Test
    void anIndexWrittenWithoutALayoutIsStale(@TempDir Path old) throws Exception {
        try (var directory = new NIOFSDirectory(old);
                var writer = new IndexWriter(directory, new IndexWriterConfig())) {
            Document d = new Document();
            d.add(new StringField(ChunkFields.MODEL, MODEL, Field.Store.YES));
            writer.addDocument(d);
            writer.commit();
        }
        IndexFolder folder = LuceneKnowledgeIndex.inspect(old);
        assertThat(folder.chunks()).isEqualTo(1);
        assertThat(folder.layout()).isNull();
        assertThat(folder.staleFor(MODEL)).get().asString().contains("layout");
    }
}
