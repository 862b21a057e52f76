package org.millwright.knowledge.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.millwright.knowledge.bench.PlantCorpus.Doc;
import org.millwright.knowledge.bench.PlantCorpus.Passage;
import org.millwright.knowledge.bench.PlantCorpus.Query;

class PlantCorpusTest {

    @Test
    void theSameSeedGivesTheSameCorpusAndALargerCountExtendsIt() {
        assertThat(PlantCorpus.documents(7, 40)).isEqualTo(PlantCorpus.documents(7, 40));
        assertThat(PlantCorpus.documents(7, 40))
                .isEqualTo(PlantCorpus.documents(7, 60).subList(0, 40));
        List<Passage> passages = PlantCorpus.passages(7, 300).toList();
        assertThat(PlantCorpus.passages(7, 300).toList()).isEqualTo(passages);
        assertThat(PlantCorpus.passages(7, 900).limit(300).toList()).isEqualTo(passages);
        assertThat(PlantCorpus.queries(7, 50)).isEqualTo(PlantCorpus.queries(7, 50));

        assertThat(PlantCorpus.documents(8, 40)).doesNotContainAnyElementsOf(PlantCorpus.documents(7, 40));
        assertThat(PlantCorpus.passages(8, 300).map(Passage::text).toList())
                .doesNotContainAnyElementsOf(
                        passages.stream().map(Passage::text).toList());
    }

    @Test
    void documentsAreMarkdownWithTitleSectionsAndParagraphsInBothLanguages() {
        List<Doc> docs = PlantCorpus.documents(42, 300);
        Map<String, Long> languages =
                docs.stream().collect(Collectors.groupingBy(Doc::language, Collectors.counting()));
        assertThat(languages.keySet()).containsExactlyInAnyOrder("es", "en");
        assertThat(languages.get("es")).isBetween(110L, 190L);
        assertThat(docs.stream().map(Doc::equipment).distinct()).hasSize(PlantVocabulary.EQUIPMENT.size());
        assertThat(docs.stream().map(Doc::markdown).distinct()).hasSize(docs.size());
        assertThat(docs.stream().map(Doc::fileName).distinct()).hasSize(docs.size());
        for (Doc doc : docs) {
            String[] blocks = doc.markdown().split("\n\n");
            assertThat(blocks[0]).isEqualTo("# " + doc.title());
            long sections = count(blocks, b -> b.startsWith("## "));
            long paragraphs = blocks.length - 2 - sections; // title and equipment line
            assertThat(sections).as(doc.fileName()).isBetween(2L, 10L);
            assertThat(paragraphs).as(doc.fileName()).isBetween(3L, 15L);
            assertThat(doc.markdown()).doesNotContain("{", "null", " de el ", "  ");
        }
        assertThat(docs).anySatisfy(d -> assertThat(d.markdown()).contains("| Síntoma | Causa probable | Acción |"));
        assertThat(docs).anySatisfy(d -> assertThat(d.markdown()).contains("| Symptom | Probable cause | Action |"));
        assertThat(docs).anySatisfy(d -> assertThat(d.markdown()).contains("\n1. ", "\n2. ", "\n3. "));
    }

    @Test
    void longDocumentsHaveAsManyBlocksAsAsked() {
        for (Doc doc : PlantCorpus.documents(42, 20, 40, 60)) {
            String[] blocks = doc.markdown().split("\n\n");
            long sections = count(blocks, b -> b.startsWith("## "));
            assertThat(blocks.length - 2 - sections).as(doc.fileName()).isBetween(40L, 60L);
        }
    }

    @Test
    void passagesAreUniqueChunkSizedAndCarryTheirDocument() {
        List<Passage> passages = PlantCorpus.passages(42, 3000).toList();
        assertThat(passages).hasSize(3000);
        assertThat(new HashSet<>(passages.stream().map(Passage::text).toList())).hasSize(3000);
        assertThat(passages)
                .allSatisfy(
                        p -> assertThat(p.text().length()).isBetween(PlantCorpus.MIN_PASSAGE, PlantCorpus.MAX_PASSAGE));
        assertThat(passages).allSatisfy(p -> {
            assertThat(p.title()).isNotBlank();
            assertThat(p.sectionPath()).singleElement().asString().isNotBlank();
        });
        double spanish =
                passages.stream().filter(p -> p.language().equals("es")).count() / 3000.0;
        assertThat(spanish).isBetween(0.35, 0.65);
        assertThat(passages.stream().map(Passage::document).distinct().count()).isBetween(150L, 500L);
        assertThat(passages.stream().map(Passage::text).collect(Collectors.joining(" ")))
                .contains("rodamiento", "bearing", "sello mecánico", "mechanical seal", "grasa", "grease");
    }

    @Test
    void queriesAreDistinctAndInBothLanguages() {
        List<Query> queries = PlantCorpus.queries(42, 240);
        assertThat(queries.stream().map(Query::text).distinct()).hasSize(240);
        assertThat(queries.stream().map(Query::language).distinct()).containsExactlyInAnyOrder("es", "en");
        assertThat(queries).allSatisfy(q -> assertThat(q.text()).isNotBlank().doesNotContain("null"));
    }

    private static long count(String[] blocks, Function<String, Boolean> test) {
        long n = 0;
        for (String b : blocks) {
            if (test.apply(b)) {
                n++;
            }
        }
        return n;
    }
}
