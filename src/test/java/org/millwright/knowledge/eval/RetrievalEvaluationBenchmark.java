package org.millwright.knowledge.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.millwright.knowledge.internal.index.InProcessMiniLm;

/**
 * The full retrieval evaluation: {@code ./mvnw -Pbench test -Dtest=RetrievalEvaluationBenchmark}.
 * Prints the table and writes it to {@code target/bench/retrieval.md}.
 */
@Tag("benchmark")
class RetrievalEvaluationBenchmark {

    static final int DISTRACTOR_CHUNKS = Integer.getInteger("bench.distractors", 5_000);

    @Test
    void evaluate(@TempDir Path dir) {
        boolean hard = Boolean.getBoolean("bench.allMachines");
        var distractors =
                hard ? Distractors.allMachines(DISTRACTOR_CHUNKS) : Distractors.otherMachines(DISTRACTOR_CHUNKS);
        CachingEmbeddings embeddings =
                new CachingEmbeddings(new InProcessMiniLm(), Path.of("target/bench/eval-vectors.bin"));
        RetrievalEvaluation.Result result = RetrievalEvaluation.run(dir, embeddings, distractors);
        embeddings.save();
        System.out.println(result.report());
        RetrievalEvaluation.write(
                Path.of(hard ? "target/bench/retrieval-all-machines.md" : "target/bench/retrieval.md"),
                result.report());
        assertThat(result.distractorChunks()).isGreaterThanOrEqualTo(DISTRACTOR_CHUNKS);
        assertThat(result.runs()).hasSize(3);
    }
}
