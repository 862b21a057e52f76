package org.millwright.knowledge.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.millwright.knowledge.eval.EvalSet.Question;
import org.millwright.knowledge.internal.index.KnowledgeRetriever;
import org.millwright.knowledge.internal.index.SearchHit;
import org.millwright.knowledge.internal.index.SearchRequest;
import org.millwright.knowledge.internal.index.SearchRequest.Mode;

/** Asks every question in each retrieval mode and scores the ranks of the gold passages. */
final class Evaluator {

    static final int DEPTH = 10;

    /** recall@1, recall@5 and MRR@10 of a group of questions. */
    record Scores(int questions, double recallAt1, double recallAt5, double mrr) {}

    /** The rank (1-based) of each question's first correct passage, 0 when not in the top {@link #DEPTH}. */
    record Run(Mode mode, Map<String, Integer> ranks) {}

    private final EvalCorpus corpus;
    private final KnowledgeRetriever retriever;

    Evaluator(EvalCorpus corpus, KnowledgeRetriever retriever) {
        this.corpus = corpus;
        this.retriever = retriever;
    }

    Run run(EvalSet set, Mode mode) {
        Map<String, Integer> ranks = new LinkedHashMap<>();
        for (Question q : set.questions()) {
            List<SearchHit> hits = retriever.search(SearchRequest.of(EvalCorpus.TENANT, q.text(), null, DEPTH, mode));
            ranks.put(q.id(), rank(q, hits));
        }
        return new Run(mode, ranks);
    }

    int rank(Question q, List<SearchHit> hits) {
        for (int i = 0; i < hits.size(); i++) {
            if (correct(q, corpus.ref(hits.get(i).chunkId()))) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Correct: a passage of the gold file holding at least half of a gold range (or half of itself). */
    static boolean correct(Question q, EvalCorpus.ChunkRef ref) {
        if (ref == null || !ref.source().equals(q.source())) {
            return false;
        }
        int chunkLength = ref.charEnd() - ref.charStart();
        return q.gold().stream().anyMatch(g -> {
            int overlap = g.overlap(ref.charStart(), ref.charEnd());
            return overlap > 0 && 2 * overlap >= Math.min(g.length(), chunkLength);
        });
    }

    static Scores scores(List<Question> questions, Run run) {
        int n = questions.size();
        double r1 = 0;
        double r5 = 0;
        double mrr = 0;
        for (Question q : questions) {
            int rank = run.ranks().get(q.id());
            r1 += rank == 1 ? 1 : 0;
            r5 += rank >= 1 && rank <= 5 ? 1 : 0;
            mrr += rank >= 1 ? 1.0 / rank : 0;
        }
        return n == 0 ? new Scores(0, 0, 0, 0) : new Scores(n, r1 / n, r5 / n, mrr / n);
    }

    /** Scores per language pair ("es→en" …) and for all questions ("all"). */
    static Map<String, Scores> byPair(EvalSet set, Run run) {
        Map<String, List<Question>> groups = new LinkedHashMap<>();
        groups.put("all", set.questions());
        for (String pair : List.of("en→en", "es→es", "es→en", "en→es")) {
            groups.put(
                    pair,
                    set.questions().stream().filter(q -> q.pair().equals(pair)).toList());
        }
        Map<String, Scores> out = new LinkedHashMap<>();
        groups.forEach((pair, qs) -> out.put(pair, scores(qs, run)));
        return out;
    }

    /** A Markdown table: one row per mode and language pair. */
    static String table(EvalSet set, List<Run> runs) {
        StringBuilder md = new StringBuilder("| Mode | Questions | Pair | recall@1 | recall@5 | MRR@10 |\n");
        md.append("|---|---:|---|---:|---:|---:|\n");
        for (Run run : runs) {
            byPair(set, run)
                    .forEach((pair, s) -> md.append("| %s | %d | %s | %.3f | %.3f | %.3f |\n"
                            .formatted(run.mode(), s.questions(), pair, s.recallAt1(), s.recallAt5(), s.mrr())));
        }
        return md.toString();
    }

    /** The questions a run missed in its top 5, for reading. */
    static List<String> misses(EvalSet set, Run run, Function<Question, String> describe) {
        List<String> out = new ArrayList<>();
        for (Question q : set.questions()) {
            int rank = run.ranks().get(q.id());
            if (rank == 0 || rank > 5) {
                out.add(describe.apply(q) + " (rank " + (rank == 0 ? ">" + DEPTH : rank) + ")");
            }
        }
        return out;
    }
}
