package org.millwright.knowledge.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.millwright.knowledge.eval.EvalCorpus.SourceDoc;
import org.millwright.knowledge.internal.index.BilingualLexicon;
import org.millwright.knowledge.internal.index.EmbeddingProvider;
import org.millwright.knowledge.internal.index.KnowledgeRetriever;
import org.millwright.knowledge.internal.index.SearchRequest.Mode;

/**
 * One evaluation: index the sources among {@code distractorDocs} distractor documents, ask every
 * question with BM25, vectors and hybrid, and report. Used by the benchmark (full size) and by the
 * quality floor test of the default build (small size).
 */
final class RetrievalEvaluation {

    /** The outcome: the runs and the report. */
    record Result(EvalSet set, List<Evaluator.Run> runs, String report, int chunks, int distractorChunks) {

        Evaluator.Scores scores(Mode mode, String pair) {
            return Evaluator.byPair(
                            set,
                            runs.stream()
                                    .filter(r -> r.mode() == mode)
                                    .findFirst()
                                    .orElseThrow())
                    .get(pair);
        }
    }

    static final BilingualLexicon LEXICON = BilingualLexicon.bundled();

    private RetrievalEvaluation() {}

    static Result run(Path workDir, EmbeddingProvider embeddings, List<SourceDoc> distractors) {
        EvalSet set = EvalSet.load();
        long started = System.nanoTime();
        try (EvalCorpus corpus = EvalCorpus.build(workDir, embeddings, EvalCorpus.sources(set), distractors)) {
            double buildSeconds = (System.nanoTime() - started) / 1e9;
            Evaluator evaluator = new Evaluator(
                    corpus,
                    new KnowledgeRetriever(
                            embeddings,
                            corpus.index(),
                            Boolean.parseBoolean(System.getProperty("bench.lexicon", "true")) ? LEXICON : null));
            List<Evaluator.Run> runs = new ArrayList<>();
            for (Mode mode : List.of(Mode.BM25, Mode.VECTOR, Mode.HYBRID)) {
                runs.add(evaluator.run(set, mode));
            }
            StringBuilder report = new StringBuilder();
            report.append(
                    "Questions: %d; indexed chunks: %d (%d of them distractors); embedding model: %s; index built in %.1f s%n%n"
                            .formatted(
                                    set.questions().size(),
                                    corpus.chunkCount(),
                                    corpus.distractorChunks(),
                                    embeddings.modelId(),
                                    buildSeconds));
            report.append(Evaluator.table(set, runs));
            Evaluator.Run hybrid = runs.getLast();
            report.append("\nHybrid misses (not in the top 5):\n");
            Evaluator.misses(set, hybrid, q -> "- " + q.id() + " " + q.pair() + " " + q.text())
                    .forEach(m -> report.append(m).append('\n'));
            return new Result(set, runs, report.toString(), corpus.chunkCount(), corpus.distractorChunks());
        }
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
