package org.millwright.knowledge.internal.index;

import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.http.client.jdk.JdkHttpClientBuilder;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.ollama.OllamaEmbeddingModel;
import dev.langchain4j.model.openai.internal.OpenAiClient;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Any LangChain4j {@link EmbeddingModel} (Ollama, OpenAI-compatible servers such as vLLM, llama.cpp
 * or LM Studio) as an {@link EmbeddingProvider}. Vectors are normalised here, whatever the server
 * returns; the dimension is asked of the model once and cached. Any failure of the server (an error
 * status after LangChain4j's retries, no connection, a malformed answer) is an
 * {@link EmbeddingFailure} naming the model and the reason.
 */
public final class RemoteEmbeddings implements EmbeddingProvider {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(60);
    static final int MAX_RETRIES = 2;
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

    /**
     * An Ollama embedding model, e.g. {@code ollama("http://localhost:11434", "nomic-embed-text")}:
     * {@code POST /api/embed} with {@code {"model", "input": [...]}}, one request per batch.
     */
    public static RemoteEmbeddings ollama(String baseUrl, String modelName) {
        return ollama(baseUrl, modelName, DEFAULT_BATCH);
    }

    static RemoteEmbeddings ollama(String baseUrl, String modelName, int batchSize) {
        EmbeddingModel model = OllamaEmbeddingModel.builder()
                .httpClientBuilder(httpClient())
                .baseUrl(baseUrl)
                .modelName(modelName)
                .timeout(READ_TIMEOUT)
                .maxRetries(MAX_RETRIES)
                .build();
        return new RemoteEmbeddings("ollama:" + modelName, model, batchSize);
    }

    /**
     * An OpenAI-compatible endpoint: {@code POST {baseUrl}/embeddings} (the base URL usually ends
     * in {@code /v1}) with {@code Authorization: Bearer}; {@code apiKey} may be blank for local servers.
     */
    public static RemoteEmbeddings openAiCompatible(String baseUrl, String apiKey, String modelName) {
        return openAiCompatible(baseUrl, apiKey, modelName, DEFAULT_BATCH);
    }

    static RemoteEmbeddings openAiCompatible(String baseUrl, String apiKey, String modelName, int batchSize) {
        OpenAiClient client = OpenAiClient.builder()
                .httpClientBuilder(httpClient())
                .baseUrl(baseUrl)
                .apiKey(apiKey == null || apiKey.isBlank() ? "none" : apiKey)
                .connectTimeout(CONNECT_TIMEOUT)
                .readTimeout(READ_TIMEOUT)
                .userAgent("millwright")
                .logRequests(false)
                .logResponses(false)
                .build();
        EmbeddingModel model = new OpenAiCompatibleEmbeddingModel(client, modelName, MAX_RETRIES);
        return new RemoteEmbeddings("openai:" + modelName, model, batchSize);
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
            try {
                d = model.dimension();
            } catch (RuntimeException e) {
                throw new EmbeddingFailure(modelId, e);
            }
            dimensions = d;
        }
        return d;
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        try {
            return LangChainEmbeddings.embed(model, texts, batchSize);
        } catch (RuntimeException e) {
            throw new EmbeddingFailure(modelId, e);
        }
    }
}
