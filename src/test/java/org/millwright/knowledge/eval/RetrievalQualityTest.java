package org.millwright.knowledge.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.millwright.knowledge.internal.index.InProcessMiniLm;
import org.millwright.knowledge.internal.index.SearchRequest.Mode;

/**
 * The retrieval evaluation at a small size (500 distractor chunks), in every build: the floors sit
 * a little under what this size measured when they were set (docs/benchmarks.md), so a change that
 * makes retrieval worse fails the build. The full-size run is {@link RetrievalEvaluationBenchmark}.
 */
class RetrievalQualityTest {

    /** Measured at 500 distractor chunks on 2026-11-22: 0.844, 0.773, ≥0.62, 0.739. */
    static final double FLOOR_ALL = 0.80;

    @Test
    void hybridRetrievalKeepsItsQuality(@TempDir Path dir) {
        RetrievalEvaluation.Result result =
                RetrievalEvaluation.run(dir, new InProcessMiniLm(), Distractors.otherMachines(500));
        System.out.println(result.report());

        assertThat(result.scores(Mode.HYBRID, "all").recallAt5()).isGreaterThanOrEqualTo(FLOOR_ALL);
        assertThat(result.scores(Mode.HYBRID, "es→en").recallAt5()).isGreaterThanOrEqualTo(FLOOR_SPANISH_TO_ENGLISH);
        assertThat(result.scores(Mode.HYBRID, "en→es").recallAt5()).isGreaterThanOrEqualTo(FLOOR_ENGLISH_TO_SPANISH);
        assertThat(result.scores(Mode.HYBRID, "all").mrr()).isGreaterThanOrEqualTo(FLOOR_MRR);
    }

    static final double FLOOR_SPANISH_TO_ENGLISH = 0.70;
    static final double FLOOR_ENGLISH_TO_SPANISH = 0.50;
    static final double FLOOR_MRR = 0.70;
}
