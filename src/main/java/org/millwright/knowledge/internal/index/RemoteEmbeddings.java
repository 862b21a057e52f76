package org.millwright.knowledge.internal.index;

import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.http.client.jdk.JdkHttpClientBuilder;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.ollama.OllamaEmbeddingModel;
import dev.langchain4j.model.openai.OpenAiEmbeddingModel;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Any LangChain4j {@link EmbeddingModel} (Ollama, OpenAI-compatible servers such as vLLM, llama.cpp
 * or LM Studio) as an {@link EmbeddingProvider}. Vectors are normalised here, whatever the server
 * returns; the dimension is asked of the model once and cached.
 */
public final class RemoteEmbeddings implements EmbeddingProvider {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(60);
    private static final int DEFAULT_BATCH = 64;

    private final String modelId;
    private final EmbeddingModel model;
    private final int batchSize;
    private volatile Integer dimensions;

    public RemoteEmbeddings(String modelId, EmbeddingModel model, int batchSize) {
        if (modelId == null || modelId.isBlank()) {
            throw new IllegalArgumentException("modelId is required");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive");
        }
        this.modelId = modelId;
        this.model = Objects.requireNonNull(model, "model");
        this.batchSize = batchSize;
    }

    /** An Ollama embedding model, e.g. {@code ollama("http://localhost:11434", "nomic-embed-text")}. */
    public static RemoteEmbeddings ollama(String baseUrl, String modelName) {
        EmbeddingModel model = OllamaEmbeddingModel.builder()
                .httpClientBuilder(httpClient())
                .baseUrl(baseUrl)
                .modelName(modelName)
                .timeout(READ_TIMEOUT)
                .maxRetries(2)
                .build();
        return new RemoteEmbeddings("ollama:" + modelName, model, DEFAULT_BATCH);
    }

    /** An OpenAI-compatible {@code /v1/embeddings} endpoint; {@code apiKey} may be blank for local servers. */
    public static RemoteEmbeddings openAiCompatible(String baseUrl, String apiKey, String modelName) {
        EmbeddingModel model = OpenAiEmbeddingModel.builder()
                .httpClientBuilder(httpClient())
                .baseUrl(baseUrl)
                .apiKey(apiKey == null || apiKey.isBlank() ? "none" : apiKey)
                .modelName(modelName)
                .timeout(READ_TIMEOUT)
                .maxRetries(2)
                .build();
        return new RemoteEmbeddings("openai:" + modelName, model, DEFAULT_BATCH);
    }

    private static JdkHttpClientBuilder httpClient() {
        return JdkHttpClient.builder().connectTimeout(CONNECT_TIMEOUT).readTimeout(READ_TIMEOUT);
    }

    @Override
    public String modelId() {
        return modelId;
    }

    @Override
    public int dimensions() {
        Integer d = dimensions;
        if (d == null) {
            d = model.dimension();
            dimensions = d;
        }
        return d;
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        return LangChainEmbeddings.embed(model, texts, batchSize);
    }
}
