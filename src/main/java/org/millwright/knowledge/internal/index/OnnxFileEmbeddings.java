package org.millwright.knowledge.internal.index;

import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A user-supplied BERT-style ONNX model (e.g. a multilingual sentence-transformer a plant brings)
 * with its HuggingFace {@code tokenizer.json}. Loaded lazily on first use; mean pooling by default.
 */
public final class OnnxFileEmbeddings implements EmbeddingProvider {

    private static final int BATCH = 32;

    private final String modelId;
    private final LazyModel model;

    public OnnxFileEmbeddings(String modelId, Path modelFile, Path tokenizerFile) {
        this(modelId, modelFile, tokenizerFile, PoolingMode.MEAN);
    }

    public OnnxFileEmbeddings(String modelId, Path modelFile, Path tokenizerFile, PoolingMode pooling) {
        if (modelId == null || modelId.isBlank()) {
            throw new IllegalArgumentException("modelId is required");
        }
        Objects.requireNonNull(pooling, "pooling");
        requireReadable(modelFile, "model");
        requireReadable(tokenizerFile, "tokenizer");
        this.modelId = modelId;
        this.model = new LazyModel(() -> new OnnxEmbeddingModel(modelFile, tokenizerFile, pooling));
    }

    private static void requireReadable(Path file, String what) {
        if (file == null || !Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IllegalArgumentException("ONNX " + what + " file is not a readable file: " + file);
        }
    }

    @Override
    public String modelId() {
        return modelId;
    }

    @Override
    public int dimensions() {
        return model.dimensions();
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        return LangChainEmbeddings.embed(model.get(), texts, BATCH);
    }
}
