package org.millwright.knowledge.internal.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The real quantised all-MiniLM-L6-v2 model, in-process. */
class InProcessMiniLmTest {

    private final InProcessMiniLm model = new InProcessMiniLm();

    @Test
    void embedsNormalisedVectorsThatRankParaphrasesAboveUnrelatedText() {
        assertThat(model.isLoaded()).isFalse(); // lazy: nothing loaded until the first embedding
        assertThat(model.dimensions()).isEqualTo(384);

        List<String> texts =
                List.of("pump bearing overheats", "the bearing of the pump is hot", "invoice payment terms");
        List<float[]> batch = model.embed(texts);

        assertThat(model.isLoaded()).isTrue();
        assertThat(batch).hasSize(3).allSatisfy(v -> {
            assertThat(v).hasSize(384);
            assertThat(Vectors.cosine(v, v)).isCloseTo(1.0, offset(1e-4));
            double norm = 0;
            for (float x : v) {
                norm += x * x;
            }
            assertThat(norm).isCloseTo(1.0, offset(1e-4));
        });
        double paraphrase = Vectors.cosine(batch.get(0), batch.get(1));
        double unrelated = Vectors.cosine(batch.get(0), batch.get(2));
        assertThat(paraphrase).isGreaterThan(unrelated + 0.2);

        for (int i = 0; i < texts.size(); i++) {
            float[] single = model.embed(texts.get(i));
            assertThat(Vectors.cosine(single, batch.get(i))).isCloseTo(1.0, offset(1e-4));
        }
        assertThat(model.modelId()).isEqualTo(InProcessMiniLm.MODEL_ID);
    }
}
