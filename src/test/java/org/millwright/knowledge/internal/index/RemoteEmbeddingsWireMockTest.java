package org.millwright.knowledge.internal.index;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The remote providers against WireMock, protocol-exact: Ollama's {@code POST /api/embed}
 * ({@code {"model","input":[...]}} → {@code {"embeddings":[[...]]}}) and the OpenAI
 * {@code POST /v1/embeddings} ({@code Authorization: Bearer}, answer items carrying an {@code index}).
 */
class RemoteEmbeddingsWireMockTest {

    static WireMockServer server;

    @BeforeAll
    static void start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @BeforeEach
    void reset() {
        server.resetAll();
    }

    String base() {
        return "http://localhost:" + server.port();
    }

    @Test
    void ollamaPostsOneEmbedRequestPerBatchAndNormalises() {
        server.stubFor(post("/api/embed")
                .withRequestBody(equalToJson("{\"model\":\"nomic-embed-text\",\"input\":[\"first\",\"second\"]}"))
                .willReturn(okJson("{\"model\":\"nomic-embed-text\",\"embeddings\":[[3,4],[0,2]],"
                        + "\"total_duration\":14143917,\"load_duration\":1019500,\"prompt_eval_count\":8}")));
        server.stubFor(post("/api/embed")
                .withRequestBody(equalToJson("{\"model\":\"nomic-embed-text\",\"input\":[\"third\"]}"))
                .willReturn(okJson("{\"model\":\"nomic-embed-text\",\"embeddings\":[[0,0,0,5]]}")));
        RemoteEmbeddings ollama = RemoteEmbeddings.ollama(base(), "nomic-embed-text", 2);

        List<float[]> vectors = ollama.embed(List.of("first", "second", "third"));

        assertThat(vectors.get(0)).containsExactly(0.6f, 0.8f);
        assertThat(vectors.get(1)).containsExactly(0f, 1f);
        assertThat(vectors.get(2)).containsExactly(0f, 0f, 0f, 1f);
        server.verify(2, postRequestedFor(urlEqualTo("/api/embed")));
        server.verify(postRequestedFor(urlEqualTo("/api/embed"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"model\":\"nomic-embed-text\",\"input\":[\"first\",\"second\"]}")));
        server.verify(postRequestedFor(urlEqualTo("/api/embed"))
                .withRequestBody(equalToJson("{\"model\":\"nomic-embed-text\",\"input\":[\"third\"]}")));
    }

    @Test
    void ollamaMissingModelIsAClearFailureWithoutRetries() {
        server.stubFor(post("/api/embed")
                .willReturn(aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":\"model \\\"nomic-embed-text\\\" not found, try pulling it first\"}")));
        RemoteEmbeddings ollama = RemoteEmbeddings.ollama(base(), "nomic-embed-text");

        assertThatThrownBy(() -> ollama.embed(List.of("x")))
                .isInstanceOf(EmbeddingFailure.class)
                .hasMessageContaining("ollama:nomic-embed-text")
                .hasMessageContaining("HTTP 404")
                .hasMessageContaining("model name");
        server.verify(1, postRequestedFor(urlEqualTo("/api/embed")));
    }

    @Test
    void ollamaServerErrorIsRetriedThenAClearFailure() {
        server.stubFor(post("/api/embed").willReturn(aResponse().withStatus(500).withBody("boom")));
        RemoteEmbeddings ollama = RemoteEmbeddings.ollama(base(), "nomic-embed-text");

        assertThatThrownBy(() -> ollama.embed(List.of("x")))
                .isInstanceOf(EmbeddingFailure.class)
                .hasMessageContaining("HTTP 500");
        server.verify(1 + RemoteEmbeddings.MAX_RETRIES, postRequestedFor(urlEqualTo("/api/embed")));
    }

    @Test
    void openAiSendsBearerModelAndInputAndOrdersTheAnswerByIndex() {
        server.stubFor(post("/v1/embeddings")
                .willReturn(okJson("{\"object\":\"list\",\"data\":["
                        + "{\"object\":\"embedding\",\"index\":1,\"embedding\":[0,2]},"
                        + "{\"object\":\"embedding\",\"index\":0,\"embedding\":[3,4]}],"
                        + "\"model\":\"bge-m3\",\"usage\":{\"prompt_tokens\":4,\"total_tokens\":4}}")));
        RemoteEmbeddings openAi = RemoteEmbeddings.openAiCompatible(base() + "/v1", "sk-test", "bge-m3");

        List<float[]> vectors = openAi.embed(List.of("first", "second"));

        assertThat(vectors.get(0)).containsExactly(0.6f, 0.8f);
        assertThat(vectors.get(1)).containsExactly(0f, 1f);
        server.verify(1, postRequestedFor(urlEqualTo("/v1/embeddings")));
        server.verify(postRequestedFor(urlEqualTo("/v1/embeddings"))
                .withHeader("Authorization", equalTo("Bearer sk-test"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"model\":\"bge-m3\",\"input\":[\"first\",\"second\"]}")));
    }

    @Test
    void openAiBatchesAndAsksTheDimensionOnce() {
        server.stubFor(post("/v1/embeddings")
                .willReturn(okJson("{\"object\":\"list\",\"data\":["
                        + "{\"object\":\"embedding\",\"index\":0,\"embedding\":[1,0,0]}],"
                        + "\"model\":\"m\",\"usage\":{\"prompt_tokens\":1,\"total_tokens\":1}}")));
        RemoteEmbeddings openAi = RemoteEmbeddings.openAiCompatible(base() + "/v1", "", "m", 1);

        assertThat(openAi.embed(List.of("a", "b", "c"))).hasSize(3);
        assertThat(openAi.dimensions()).isEqualTo(3);
        assertThat(openAi.dimensions()).isEqualTo(3);

        server.verify(4, postRequestedFor(urlEqualTo("/v1/embeddings")));
        for (String text : List.of("a", "b", "c")) {
            server.verify(postRequestedFor(urlEqualTo("/v1/embeddings"))
                    .withRequestBody(equalToJson("{\"model\":\"m\",\"input\":[\"" + text + "\"]}")));
        }
        // a local server without a key still gets a well-formed header
        server.verify(
                4, postRequestedFor(urlEqualTo("/v1/embeddings")).withHeader("Authorization", equalTo("Bearer none")));
    }

    @Test
    void openAiRejectedKeyIsAClearFailureWithoutRetries() {
        server.stubFor(post("/v1/embeddings")
                .willReturn(aResponse()
                        .withStatus(401)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"message\":\"Incorrect API key provided\",\"type\":"
                                + "\"invalid_request_error\",\"code\":\"invalid_api_key\"}}")));
        RemoteEmbeddings openAi = RemoteEmbeddings.openAiCompatible(base() + "/v1", "sk-wrong", "bge-m3");

        assertThatThrownBy(() -> openAi.embed(List.of("x")))
                .isInstanceOf(EmbeddingFailure.class)
                .hasMessageContaining("openai:bge-m3")
                .hasMessageContaining("HTTP 401")
                .hasMessageContaining("API key");
        server.verify(1, postRequestedFor(urlEqualTo("/v1/embeddings")));
    }

    @Test
    void openAiServerErrorIsRetriedThenAClearFailure() {
        server.stubFor(
                post("/v1/embeddings").willReturn(aResponse().withStatus(500).withBody("{}")));
        RemoteEmbeddings openAi = RemoteEmbeddings.openAiCompatible(base() + "/v1", "sk-test", "bge-m3");

        assertThatThrownBy(() -> openAi.embed(List.of("x")))
                .isInstanceOf(EmbeddingFailure.class)
                .hasMessageContaining("HTTP 500");
        server.verify(1 + RemoteEmbeddings.MAX_RETRIES, postRequestedFor(urlEqualTo("/v1/embeddings")));
    }

    @Test
    void openAiAnswersThatDoNotMatchTheTextsFail() {
        server.stubFor(post("/v1/embeddings")
                .willReturn(okJson("{\"object\":\"list\",\"data\":["
                        + "{\"object\":\"embedding\",\"index\":0,\"embedding\":[1,0]},"
                        + "{\"object\":\"embedding\",\"index\":0,\"embedding\":[0,1]}],"
                        + "\"model\":\"m\",\"usage\":{\"prompt_tokens\":2,\"total_tokens\":2}}")));
        RemoteEmbeddings openAi = RemoteEmbeddings.openAiCompatible(base() + "/v1", "k", "m");

        assertThatThrownBy(() -> openAi.embed(List.of("a", "b")))
                .isInstanceOf(EmbeddingFailure.class)
                .hasMessageContaining("index");
        assertThatThrownBy(() -> openAi.embed(List.of("a", "b", "c")))
                .isInstanceOf(EmbeddingFailure.class)
                .hasMessageContaining("2 embeddings for 3 texts");
    }

    @Test
    void anUnreachableServerIsAClearFailure() {
        RemoteEmbeddings ollama = RemoteEmbeddings.ollama("http://localhost:1", "nomic-embed-text");
        assertThatThrownBy(() -> ollama.embed(List.of("x")))
                .isInstanceOf(EmbeddingFailure.class)
                .hasMessageContaining("ollama:nomic-embed-text")
                .hasMessageContaining("cannot be reached");
    }

    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder okJson(String body) {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }
}
