package org.millwright.knowledge.internal.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * Reciprocal-rank fusion with a weight per list: score = Σ weight / (k + rank), rank from 1, ties
 * broken by document id. With every weight 1 it ranks as Lucene's {@code TopDocs.rrf}.
 */
final class WeightedRrf {

    private WeightedRrf() {}

    /** One ranked list and its weight. */
    record Ranked(TopDocs docs, double weight) {}

    static ScoreDoc[] fuse(int topN, int k, List<Ranked> lists) {
        Map<Integer, Double> scores = new HashMap<>();
        for (Ranked list : lists) {
            if (list.weight() <= 0) {
                continue;
            }
            ScoreDoc[] docs = list.docs().scoreDocs;
            for (int rank = 0; rank < docs.length; rank++) {
                double contribution = list.weight() / (k + rank + 1);
                scores.merge(docs[rank].doc, contribution, Double::sum);
            }
        }
        List<Map.Entry<Integer, Double>> fused = new ArrayList<>(scores.entrySet());
        fused.sort(Map.Entry.<Integer, Double>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        return fused.stream()
                .limit(topN)
                .map(e -> new ScoreDoc(e.getKey(), e.getValue().floatValue()))
                .toArray(ScoreDoc[]::new);
    }
}
