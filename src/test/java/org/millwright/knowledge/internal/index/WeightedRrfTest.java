package org.millwright.knowledge.internal.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.junit.jupiter.api.Test;
import org.millwright.knowledge.internal.KnowledgeSettings;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class WeightedRrfTest {

    @Test
    void withEqualWeightsItRanksAsLucenesOwnFusion() {
        Random random = new Random(7);
        for (int round = 0; round < 50; round++) {
            TopDocs[] lists = {list(random), list(random), list(random)};
            int[] lucene = Arrays.stream(TopDocs.rrf(10, 60, lists).scoreDocs)
                    .mapToInt(d -> d.doc)
                    .toArray();
            int[] ours = Arrays.stream(WeightedRrf.fuse(
                            10,
                            60,
                            Arrays.stream(lists)
                                    .map(l -> new WeightedRrf.Ranked(l, 1))
                                    .toList()))
                    .mapToInt(d -> d.doc)
                    .toArray();
            assertThat(ours).as("round " + round).containsExactly(lucene);
        }
    }

    @Test
    void aHeavierListWinsTheTopRankAndAZeroWeightListHasNoSay() {
        TopDocs bm25 = docs(1, 2, 3);
        TopDocs vectors = docs(4, 5, 6);
        ScoreDoc[] leaningOnVectors = WeightedRrf.fuse(
                3, 60, List.of(new WeightedRrf.Ranked(bm25, 0.8), new WeightedRrf.Ranked(vectors, 1.2)));
        assertThat(leaningOnVectors[0].doc).isEqualTo(4);
        assertThat(leaningOnVectors[1].doc).isEqualTo(5);
        assertThat(leaningOnVectors[2].doc).isEqualTo(6);
        ScoreDoc[] bm25Only =
                WeightedRrf.fuse(6, 60, List.of(new WeightedRrf.Ranked(bm25, 2), new WeightedRrf.Ranked(vectors, 0)));
        assertThat(bm25Only).extracting(d -> d.doc).containsExactly(1, 2, 3);
    }

    @Test
    void eachLanguagesTwoListsWeighTwoTogether() {
        var w = new FusionWeights(0.2, 0.6);
        assertThat(w.vector("es") + w.bm25("es")).isEqualTo(2.0);
        assertThat(w.vector("en") + w.bm25("en")).isEqualTo(2.0);
        assertThat(w.vector("es")).isEqualTo(0.4);
        assertThat(w.bm25("en")).isCloseTo(0.8, org.assertj.core.data.Offset.offset(1e-9));
        assertThatThrownBy(() -> new FusionWeights(1.5, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FusionWeights(Double.NaN, 0.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSettingsDefaultsAreTheMeasuredWeights() {
        var settings = new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("millwright.knowledge", KnowledgeSettings.class);
        assertThat(new FusionWeights(
                        settings.fusion().spanishVectorShare(),
                        settings.fusion().englishVectorShare()))
                .isEqualTo(FusionWeights.DEFAULT);
    }

    private static TopDocs list(Random random) {
        int[] ids = random.ints(0, 40).distinct().limit(15).toArray();
        return docs(ids);
    }

    private static TopDocs docs(int... ids) {
        ScoreDoc[] scoreDocs = new ScoreDoc[ids.length];
        for (int i = 0; i < ids.length; i++) {
            scoreDocs[i] = new ScoreDoc(ids[i], ids.length - i);
        }
        return new TopDocs(new TotalHits(ids.length, TotalHits.Relation.EQUAL_TO), scoreDocs);
    }
}
