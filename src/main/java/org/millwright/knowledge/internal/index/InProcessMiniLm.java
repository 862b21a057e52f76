package org.millwright.knowledge.internal.index;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;

/**
 * The default, offline embedding model: quantised all-MiniLM-L6-v2 (384 dimensions, English) run
 * in-process by ONNX Runtime. The ONNX session is created on the first call, not at start-up.
 * Thread-safe.
 */
public final class InProcessMiniLm implements EmbeddingProvider {

    public static final String MODEL_ID = "all-minilm-l6-v2-q";
    static final int DIMENSIONS = 384;
    private static final int BATCH = 32;

    private final LazyModel model = new LazyModel(AllMiniLmL6V2QuantizedEmbeddingModel::new);

    @Override
    public String modelId() {
        return MODEL_ID;
    }

    @Override
    public int dimensions() {
        return DIMENSIONS;
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        return LangChainEmbeddings.embed(model.get(), texts, BATCH);
    }

    /** Whether the ONNX model has been loaded yet (for tests and health details). */
    public boolean isLoaded() {
        return model.isLoaded();
    }
}
