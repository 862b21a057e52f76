package org.millwright.inference.internal.chat;

import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.http.client.jdk.JdkHttpClientBuilder;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The LangChain4j streaming chat models of the targets in use, built once per server, key and
 * timeout (each holds an HTTP client) and kept for the most recently used ones. LangChain4j never
 * retries a streaming call: retries are {@link org.millwright.inference.internal.resilience.Resilience}'s.
 */
public final class ChatModels {

    private static final int MAX_CLIENTS = 32;
    private static final Duration MAX_CONNECT = Duration.ofSeconds(5);
    private final Map<ModelTarget.ClientKey, StreamingChatModel> models = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ModelTarget.ClientKey, StreamingChatModel> eldest) {
            return size() > MAX_CLIENTS;
        }
    };

    public synchronized StreamingChatModel of(ModelTarget target) {
        return models.computeIfAbsent(target.clientKey(), key -> build(target));
    }

    private static StreamingChatModel build(ModelTarget target) {
        JdkHttpClientBuilder jdk = JdkHttpClient.builder()
                .connectTimeout(min(target.timeout(), MAX_CONNECT))
                .readTimeout(target.timeout());
        var http = new ObservedHttpClient.Builder(jdk);
        return switch (target.provider()) {
            case ModelTarget.OLLAMA ->
                OllamaStreamingChatModel.builder()
                        .httpClientBuilder(http)
                        .baseUrl(target.baseUrl())
                        .modelName(target.model())
                        .timeout(target.timeout())
                        .logRequests(false)
                        .logResponses(false)
                        .build();
            case ModelTarget.OPENAI ->
                OpenAiStreamingChatModel.builder()
                        .httpClientBuilder(http)
                        .baseUrl(openAiBase(target.baseUrl()))
                        .apiKey(target.apiKey().isBlank() ? null : target.apiKey())
                        .modelName(target.model())
                        .timeout(target.timeout())
                        .logRequests(false)
                        .logResponses(false)
                        .build();
            default -> throw new IllegalArgumentException("unknown provider " + target.provider());
        };
    }

    /** LangChain4j appends {@code /chat/completions}; servers are configured with or without {@code /v1}. */
    static String openAiBase(String baseUrl) {
        String url = baseUrl.strip();
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        return url.endsWith("/v1") ? url : url + "/v1";
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) < 0 ? a : b;
    }
}
