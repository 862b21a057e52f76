package org.millwright.knowledge.internal.index;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.internal.RetryUtils;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.openai.internal.OpenAiClient;
import dev.langchain4j.model.openai.internal.embedding.EmbeddingRequest;
import dev.langchain4j.model.openai.internal.embedding.EmbeddingResponse;
import dev.langchain4j.model.output.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * {@code POST {baseUrl}/embeddings} of the OpenAI protocol, sent with LangChain4j's own client. Unlike
 * LangChain4j's {@code OpenAiEmbeddingModel}, the answer's items are put in the order of their
 * {@code index}: the protocol does not promise the list order, and a server that answers out of
 * order would otherwise give each text another text's vector.
 */
final class OpenAiCompatibleEmbeddingModel implements EmbeddingModel {

    private final OpenAiClient client;
    private final String modelName;
    private final int maxRetries;

    OpenAiCompatibleEmbeddingModel(OpenAiClient client, String modelName, int maxRetries) {
        this.client = Objects.requireNonNull(client, "client");
        this.modelName = Objects.requireNonNull(modelName, "modelName");
        this.maxRetries = maxRetries;
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        List<String> input = segments.stream().map(TextSegment::text).toList();
        EmbeddingRequest request =
                EmbeddingRequest.builder().model(modelName).input(input).build();
        EmbeddingResponse response = RetryUtils.withRetryMappingExceptions(
                () -> client.embedding(request).execute(), maxRetries);
        return Response.from(ordered(response.data(), input.size()));
    }

    /** The items by their {@code index}; each index from 0 to {@code expected - 1} exactly once. */
    static List<Embedding> ordered(List<dev.langchain4j.model.openai.internal.embedding.Embedding> data, int expected) {
        int got = data == null ? 0 : data.size();
        if (got != expected) {
            throw new IllegalStateException("the server returned " + got + " embeddings for " + expected + " texts");
        }
        Embedding[] out = new Embedding[expected];
        for (var item : data) {
            Integer i = item.index();
            if (i == null || i < 0 || i >= expected || out[i] != null) {
                throw new IllegalStateException(
                        "the server returned an embedding with a missing, repeated or" + " out-of-range index: " + i);
            }
            out[i] = Embedding.from(item.embedding());
        }
        return Arrays.asList(out);
    }
}
