package org.millwright.knowledge.internal.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The remote and file providers without a network peer or model file; MiniLM has its own test. */
class EmbeddingProvidersTest {

    @Test
    void remoteEmbeddingsBatchAndNormalise() {
        List<Integer> batchSizes = new ArrayList<>();
        EmbeddingModel fake = segments -> {
            batchSizes.add(segments.size());
            return Response.from(segments.stream()
                    .map(s -> Embedding.from(new float[] {s.text().length(), 0, 0}))
                    .toList());
        };
        RemoteEmbeddings remote = new RemoteEmbeddings("fake", fake, 2);
        List<float[]> vectors = remote.embed(List.of("a", "bb", "ccc", "dddd", "eeeee"));

        assertThat(batchSizes).containsExactly(2, 2, 1);
        assertThat(vectors).hasSize(5).allSatisfy(v -> assertThat(v).containsExactly(1f, 0f, 0f));
        assertThat(remote.dimensions()).isEqualTo(3);
    }

    @Test
    void factoriesBuildWithoutContactingTheServer() {
        assertThat(RemoteEmbeddings.ollama("http://localhost:1", "nomic-embed-text")
                        .modelId())
                .isEqualTo("ollama:nomic-embed-text");
        assertThat(RemoteEmbeddings.openAiCompatible("http://localhost:1/v1", "", "bge-m3")
                        .modelId())
                .isEqualTo("openai:bge-m3");
    }

    @Test
    void onnxFileEmbeddingsRejectMissingFiles(@TempDir Path dir) {
        assertThatThrownBy(() -> new OnnxFileEmbeddings("m", dir.resolve("model.onnx"), dir.resolve("tokenizer.json")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("model.onnx");
    }

    @Test
    void vectorsNormaliseAndCompare() {
        assertThat(Vectors.normalize(new float[] {3, 4})).containsExactly(0.6f, 0.8f);
        assertThat(Vectors.cosine(new float[] {1, 0}, new float[] {0, 2})).isZero();
        assertThat(Vectors.cosine(new float[] {1, 1}, new float[] {2, 2}))
                .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }
}
