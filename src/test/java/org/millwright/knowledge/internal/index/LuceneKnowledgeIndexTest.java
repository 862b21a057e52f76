package org.millwright.knowledge.internal.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.millwright.knowledge.internal.index.SearchRequest.Mode;

/** Search: tenant isolation in every mode, filters, analysis and snippets. */
class LuceneKnowledgeIndexTest extends IndexTestSupport {

    @ParameterizedTest
    @EnumSource(Mode.class)
    void tenantNeverSeesAnotherTenantsChunks(Mode mode) {
        List<SearchHit> forB =
                index.search(SearchRequest.of(TENANT_B, "rodamiento bearing pump bomba", E1, MODEL, 10, mode));
        assertThat(docs(forB)).isNotEmpty().containsOnly(DOC_B);

        List<SearchHit> forA =
                index.search(SearchRequest.of(TENANT_A, "rodamiento bearing pump bomba", E1, MODEL, 10, mode));
        assertThat(docs(forA)).isNotEmpty().doesNotContain(DOC_B);

        assertThat(index.search(SearchRequest.of(UUID.randomUUID(), "bearing", E1, MODEL, 10, mode)))
                .isEmpty();
    }

    @Test
    void filtersNarrowTheResults() {
        SearchRequest all = SearchRequest.of(TENANT_A, "bomba pump", null, 10, Mode.BM25);
        assertThat(docs(index.search(all))).containsExactlyInAnyOrder(DOC_ES, DOC_EN);
        assertThat(docs(index.search(all.withSite(SITE_2)))).containsExactly(DOC_EN);
        assertThat(docs(index.search(all.withAsset(ASSET_X)))).containsExactly(DOC_ES);
        assertThat(docs(index.search(all.withAssetType("motor")))).containsExactly(DOC_EN);
        assertThat(docs(index.search(all.withDocument(DOC_ES)))).containsExactly(DOC_ES);
        assertThat(docs(index.search(all.withLanguage("EN")))).containsExactly(DOC_EN);
        assertThat(index.search(all.withSite(SITE_1).withAsset(ASSET_Y))).isEmpty();
        assertThat(docs(index.search(all.withDocuments(List.of(DOC_EN, DOC_B)))))
                .containsExactly(DOC_EN);
        assertThat(docs(index.search(all.withDocuments(List.of(DOC_ES, DOC_EN)).withLanguage("es"))))
                .containsExactly(DOC_ES);
        assertThat(index.search(all.withDocuments(List.of()))).isEmpty();

        SearchRequest vector =
                SearchRequest.of(TENANT_A, "", E1, MODEL, 10, Mode.VECTOR).withSite(SITE_2);
        assertThat(docs(index.search(vector))).containsExactly(DOC_EN);
        assertThat(docs(index.search(SearchRequest.of(TENANT_A, "", E1, MODEL, 10, Mode.VECTOR)
                        .withDocuments(List.of(DOC_ES)))))
                .containsExactly(DOC_ES);
    }

    @Test
    void spanishStemmingAndAccentFolding() {
        assertThat(docs(index.search(SearchRequest.of(TENANT_A, "rodamiento", null, 10, Mode.BM25))))
                .containsExactly(DOC_ES);
        assertThat(docs(index.search(SearchRequest.of(TENANT_A, "valvula", null, 10, Mode.BM25))))
                .containsExactly(DOC_ES);
        assertThat(docs(index.search(SearchRequest.of(TENANT_A, "overheating bearings", null, 10, Mode.BM25))))
                .containsExactly(DOC_EN);
    }

    @Test
    void snippetMarksMatchedTerms() {
        List<SearchHit> hits = index.search(SearchRequest.of(TENANT_A, "válvula", null, 10, Mode.BM25));
        assertThat(hits).hasSize(1);
        SearchHit hit = hits.getFirst();
        assertThat(hit.snippet()).contains("<em>válvula</em>");
        assertThat(hit.title()).isEqualTo("Manual de la bomba");
        assertThat(hit.sectionPath()).containsExactly("Mantenimiento", "Rodamientos");
        assertThat(hit.page()).isEqualTo(3);
        assertThat(hit.language()).isEqualTo("es");
    }

    @Test
    void snippetUsesTheAnalysisOfTheHitsLanguageOrTheOneThatMarksMore() {
        // an English hit, English analysis: "replac", "bear", "pump" (Spanish would mark two)
        List<SearchHit> hits = index.search(SearchRequest.of(TENANT_A, "replaced bearing pump", null, 10, Mode.BM25));
        assertThat(docs(hits)).first().isEqualTo(DOC_EN);
        assertThat(hits.getFirst().snippet())
                .isEqualTo("<em>Replace</em> the <em>bearing</em> when the <em>pump</em> overheats.");
        List<SearchHit> spanish = index.search(SearchRequest.of(TENANT_A, "rodamiento calentado", E1, 10, Mode.HYBRID));
        assertThat(spanish.getFirst().snippet().strip())
                .isEqualTo("Los <em>rodamientos</em> de la bomba se calientan.");

        // a hit of unknown language: both analyses, the one that marks more terms (English here)
        UUID unknown = UUID.randomUUID();
        index.index(List.of(
                chunk(TENANT_A, unknown, "Notes", null, null, null, null, "Replacing the bearings of the pump.", E2)));
        List<SearchHit> either = index.search(SearchRequest.of(TENANT_A, "replaced bearing pump", null, 10, Mode.BM25)
                .withDocument(unknown));
        assertThat(either)
                .singleElement()
                .extracting(SearchHit::snippet)
                .isEqualTo("<em>Replacing</em> the <em>bearings</em> of the <em>pump</em>.");
    }
}
