package org.millwright.inference.internal.chat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.millwright.inference.ChatMessage;
import org.millwright.inference.InferenceException;
import org.millwright.inference.InferenceException.Reason;
import org.millwright.inference.internal.resilience.Backoff;
import org.millwright.inference.internal.resilience.CircuitBreakers;
import org.millwright.inference.internal.resilience.Resilience;

/**
 * Chat against protocol-exact fakes of Ollama ({@code /api/chat}, NDJSON) and OpenAI-compatible
 * servers ({@code /v1/chat/completions}, SSE): streaming piece by piece, token usage, and the
 * resilience rules (timeouts, which failures are retried, the circuit breaker).
 */
class ChatGatewayWireMockTest {

    static final WireMockServer SERVER =
            new WireMockServer(WireMockConfiguration.options().dynamicPort());
    static final List<ChatMessage> MESSAGES = List.of(
            ChatMessage.system("You answer maintenance questions."), ChatMessage.user("Why does the pump leak?"));

    /** One call of each protocol first, so class loading does not hold back the timed streams. */
    @BeforeAll
    static void startAndWarmUp() {
        SERVER.start();
        ollamaAnswers();
        SERVER.stubFor(post("/v1/chat/completions")
                .willReturn(aResponse()
                        .withHeader("Content-Type", "text/event-stream")
                        .withBody(openAiStream())));
        ChatGateway gateway = gateway(0, 5, Duration.ofSeconds(30));
        gateway.stream(ollama(Duration.ofSeconds(10)), MESSAGES, null, null, p -> {});
        gateway.stream(openAi(SERVER.baseUrl(), Duration.ofSeconds(10)), MESSAGES, null, null, p -> {});
    }

    @AfterAll
    static void stop() {
        SERVER.stop();
    }

    @BeforeEach
    void reset() {
        SERVER.resetAll();
    }

    static ChatGateway gateway(int retries, int threshold, Duration open) {
        return new ChatGateway(
                new ChatModels(),
                new Resilience(
                        new CircuitBreakers(threshold, open, Clock.systemUTC()),
                        retries,
                        new Backoff(Duration.ofMillis(10), Duration.ofMillis(50))));
    }

    static ModelTarget ollama(Duration timeout) {
        return new ModelTarget(
                "ollama", SERVER.baseUrl(), "llama3.2", "", 0.2, 256, timeout, Duration.ofSeconds(5), "test");
    }

    static ModelTarget openAi(String baseUrl, Duration timeout) {
        return new ModelTarget("openai", baseUrl, "gpt-4o-mini", "sk-test", 0.2, 256, timeout, Duration.ZERO, "test");
    }

    static String ollamaLine(String content, boolean done) {
        return "{\"model\":\"llama3.2\",\"created_at\":\"2026-01-01T00:00:00Z\",\"message\":{\"role\":\"assistant\","
                + "\"content\":\"" + content + "\"},\"done\":" + done
                + (done
                        ? ",\"done_reason\":\"stop\",\"total_duration\":1000,\"prompt_eval_count\":26,\"eval_count\":3"
                        : "")
                + "}\n";
    }

    static String ollamaStream() {
        return ollamaLine("The", false)
                + ollamaLine(" seal", false)
                + ollamaLine(" is worn.", false)
                + ollamaLine("", true);
    }

    static String sseChunk(String delta, String finish) {
        return "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1767225600,"
                + "\"model\":\"gpt-4o-mini\",\"choices\":[{\"index\":0,\"delta\":" + delta + ",\"finish_reason\":"
                + (finish == null ? "null" : "\"" + finish + "\"") + "}]}\n\n";
    }

    static String openAiStream() {
        return sseChunk("{\"role\":\"assistant\",\"content\":\"\"}", null)
                + sseChunk("{\"content\":\"Check\"}", null)
                + sseChunk("{\"content\":\" the\"}", null)
                + sseChunk("{\"content\":\" seal.\"}", null)
                + sseChunk("{}", "stop")
                + "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1767225600,"
                + "\"model\":\"gpt-4o-mini\",\"choices\":[],"
                + "\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":3,\"total_tokens\":15}}\n\n"
                + "data: [DONE]\n\n";
    }

    static void ollamaAnswers() {
        SERVER.stubFor(post("/api/chat")
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/x-ndjson")
                        .withBody(ollamaStream())));
    }

    static void ollamaAnswersSlowly() {
        SERVER.stubFor(post("/api/chat")
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/x-ndjson")
                        .withBody(ollamaStream())
                        .withChunkedDribbleDelay(8, 2000)));
    }

    /** Records each piece with the time it arrived. */
    record Piece(String text, long nanos) {}

    @Test
    void ollamaStreamsPieceByPieceWithTheServersTokenCounts() {
        ollamaAnswersSlowly();
        List<Piece> pieces = new CopyOnWriteArrayList<>();
        ChatOutcome outcome = gateway(0, 5, Duration.ofSeconds(30)).stream(
                ollama(Duration.ofSeconds(10)), MESSAGES, null, null, p -> pieces.add(new Piece(p, System.nanoTime())));

        assertThat(pieces).extracting(Piece::text).containsExactly("The", " seal", " is worn.");
        assertThat(outcome.text()).isEqualTo("The seal is worn.");
        assertThat(outcome.tokensIn()).isEqualTo(26);
        assertThat(outcome.tokensOut()).isEqualTo(3);
        assertThat(outcome.firstTokenMillis()).isNotNull();
        // the pieces came as the dribbled body arrived: streamed, not buffered
        assertThat(Duration.ofNanos(pieces.getLast().nanos() - pieces.getFirst().nanos()))
                .isGreaterThan(Duration.ofMillis(200));
        SERVER.verify(postRequestedFor(urlEqualTo("/api/chat"))
                .withRequestBody(matchingJsonPath("$.model", equalTo("llama3.2")))
                .withRequestBody(matchingJsonPath("$.stream", equalTo("true")))
                .withRequestBody(matchingJsonPath("$.messages[0].role", equalTo("system")))
                .withRequestBody(matchingJsonPath("$.messages[1].content", equalTo("Why does the pump leak?")))
                .withRequestBody(matchingJsonPath("$.options.temperature", equalTo("0.2")))
                .withRequestBody(matchingJsonPath("$.options.num_predict", equalTo("256"))));
    }

    @Test
    void openAiStreamsServerSentEventsWithTheUsageOfTheLastChunk() {
        SERVER.stubFor(post("/v1/chat/completions")
                .willReturn(aResponse()
                        .withHeader("Content-Type", "text/event-stream")
                        .withBody(openAiStream())
                        .withChunkedDribbleDelay(10, 2000)));
        List<Piece> pieces = new CopyOnWriteArrayList<>();
        ChatOutcome outcome = gateway(0, 5, Duration.ofSeconds(30)).stream(
                openAi(SERVER.baseUrl(), Duration.ofSeconds(10)),
                MESSAGES,
                0.5,
                100,
                p -> pieces.add(new Piece(p, System.nanoTime())));

        assertThat(pieces).extracting(Piece::text).containsExactly("Check", " the", " seal.");
        assertThat(outcome.text()).isEqualTo("Check the seal.");
        assertThat(outcome.tokensIn()).isEqualTo(12);
        assertThat(outcome.tokensOut()).isEqualTo(3);
        assertThat(Duration.ofNanos(pieces.getLast().nanos() - pieces.getFirst().nanos()))
                .isGreaterThan(Duration.ofMillis(200));
        SERVER.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                .withHeader("Authorization", equalTo("Bearer sk-test"))
                .withRequestBody(matchingJsonPath("$.model", equalTo("gpt-4o-mini")))
                .withRequestBody(matchingJsonPath("$.stream", equalTo("true")))
                .withRequestBody(matchingJsonPath("$.temperature", equalTo("0.5")))
                .withRequestBody(matchingJsonPath("$.messages[1].role", equalTo("user"))));
    }

    @Test
    void aBaseUrlWithV1AndNoKeyIsUsedAsGiven() {
        SERVER.stubFor(post("/v1/chat/completions")
                .willReturn(aResponse()
                        .withHeader("Content-Type", "text/event-stream")
                        .withBody(openAiStream())));
        var target = new ModelTarget(
                "openai",
                SERVER.baseUrl() + "/v1/",
                "local",
                "",
                0.2,
                64,
                Duration.ofSeconds(5),
                Duration.ZERO,
                "test");
        assertThat(gateway(0, 5, Duration.ofSeconds(30)).stream(target, MESSAGES, null, null, p -> {})
                        .text())
                .isEqualTo("Check the seal.");
        var request = SERVER.findAll(postRequestedFor(urlEqualTo("/v1/chat/completions")))
                .getFirst();
        assertThat(request.containsHeader("Authorization")).isFalse();
    }

    @Test
    void noAnswerWithinTheTimeoutIsATimeout() {
        SERVER.stubFor(post("/api/chat")
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/x-ndjson")
                        .withBody(ollamaStream())
                        .withFixedDelay(3000)));
        long start = System.nanoTime();
        assertThatThrownBy(() -> gateway(0, 5, Duration.ofSeconds(30)).stream(
                        ollama(Duration.ofMillis(500)), MESSAGES, null, null, p -> {}))
                .isInstanceOfSatisfying(
                        InferenceException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TIMEOUT));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1500));
    }

    @Test
    void aStreamThatStallsAfterTextTimesOutWithThePartialTextAndIsNotRetried() {
        SERVER.stubFor(post("/api/chat")
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/x-ndjson")
                        .withBody(ollamaLine("Partial", false) + " ".repeat(3000) + ollamaStream())
                        .withChunkedDribbleDelay(2, 2400)));
        var target = new ModelTarget(
                "ollama",
                SERVER.baseUrl(),
                "llama3.2",
                "",
                0.2,
                256,
                Duration.ofSeconds(20),
                Duration.ofMillis(600),
                "t");
        List<Piece> pieces = new CopyOnWriteArrayList<>();
        assertThatThrownBy(() -> gateway(3, 5, Duration.ofSeconds(30)).stream(
                        target, MESSAGES, null, null, p -> pieces.add(new Piece(p, System.nanoTime()))))
                .isInstanceOfSatisfying(InferenceException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
                    assertThat(e.partialText()).isEqualTo("Partial");
                });
        long end = System.nanoTime();
        assertThat(pieces).extracting(Piece::text).containsExactly("Partial");
        assertThat(Duration.ofNanos(end - pieces.getFirst().nanos()))
                .isBetween(Duration.ofMillis(500), Duration.ofMillis(1500));
        SERVER.verify(1, postRequestedFor(urlEqualTo("/api/chat")));
    }

    @Test
    void aRefusedConnectionIsUnavailableAfterTheRetries() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        assertThatThrownBy(() -> gateway(3, 10, Duration.ofSeconds(30)).stream(
                        openAi("http://127.0.0.1:" + port, Duration.ofSeconds(2)), MESSAGES, null, null, p -> {}))
                .isInstanceOfSatisfying(
                        InferenceException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE));
    }

    @Test
    void aDroppedConnectionIsRetriedThenUnavailable() {
        SERVER.stubFor(post("/api/chat").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThatThrownBy(() -> gateway(3, 10, Duration.ofSeconds(30)).stream(
                        ollama(Duration.ofSeconds(2)), MESSAGES, null, null, p -> {}))
                .isInstanceOfSatisfying(
                        InferenceException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE));
        SERVER.verify(4, postRequestedFor(urlEqualTo("/api/chat")));
    }

    @Test
    void aServerErrorIsRetriedAndTheNextAnswerIsUsed() {
        SERVER.stubFor(post("/api/chat")
                .inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500).withBody("{\"error\":\"model runner crashed\"}"))
                .willSetStateTo("recovered"));
        SERVER.stubFor(post("/api/chat")
                .inScenario("flaky")
                .whenScenarioStateIs("recovered")
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/x-ndjson")
                        .withBody(ollamaStream())));
        ChatOutcome outcome = gateway(3, 10, Duration.ofSeconds(30)).stream(
                ollama(Duration.ofSeconds(5)), MESSAGES, null, null, p -> {});
        assertThat(outcome.text()).isEqualTo("The seal is worn.");
        SERVER.verify(2, postRequestedFor(urlEqualTo("/api/chat")));
    }

    @Test
    void aRateLimitIsRetried() {
        SERVER.stubFor(post("/v1/chat/completions")
                .inScenario("limited")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withBody("{\"error\":{\"message\":\"Rate limit reached\"}}"))
                .willSetStateTo("free"));
        SERVER.stubFor(post("/v1/chat/completions")
                .inScenario("limited")
                .whenScenarioStateIs("free")
                .willReturn(aResponse()
                        .withHeader("Content-Type", "text/event-stream")
                        .withBody(openAiStream())));
        assertThat(gateway(3, 10, Duration.ofSeconds(30)).stream(
                                openAi(SERVER.baseUrl(), Duration.ofSeconds(5)), MESSAGES, null, null, p -> {})
                        .text())
                .isEqualTo("Check the seal.");
        SERVER.verify(2, postRequestedFor(urlEqualTo("/v1/chat/completions")));
    }

    @Test
    void aRefusedRequestIsRejectedWithoutRetry() {
        SERVER.stubFor(
                post("/v1/chat/completions")
                        .willReturn(
                                aResponse()
                                        .withStatus(400)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(
                                                "{\"error\":{\"message\":\"max_tokens is too large\",\"type\":\"invalid_request_error\"}}")));
        assertThatThrownBy(() -> gateway(3, 10, Duration.ofSeconds(30)).stream(
                        openAi(SERVER.baseUrl(), Duration.ofSeconds(5)), MESSAGES, null, null, p -> {}))
                .isInstanceOfSatisfying(InferenceException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.REJECTED);
                    assertThat(e.getMessage()).contains("400");
                });
        SERVER.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions")));
    }

    @Test
    void aMalformedOllamaAnswerIsMalformedWithoutRetry() {
        SERVER.stubFor(post("/api/chat")
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/x-ndjson")
                        .withBody("{\"model\":\"llama3.2\",\"message\":{\"role\":\"assist\n")));
        assertThatThrownBy(() -> gateway(3, 10, Duration.ofSeconds(30)).stream(
                        ollama(Duration.ofSeconds(3)), MESSAGES, null, null, p -> {}))
                .isInstanceOfSatisfying(
                        InferenceException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_RESPONSE));
        SERVER.verify(1, postRequestedFor(urlEqualTo("/api/chat")));
    }

    @Test
    void aMalformedOpenAiChunkIsMalformedWithoutRetry() {
        SERVER.stubFor(post("/v1/chat/completions")
                .willReturn(aResponse()
                        .withHeader("Content-Type", "text/event-stream")
                        .withBody(
                                "data: {\"id\":\"x\",\"choices\":[{\"delta\":{\"content\":\"Hi\n\ndata: [DONE]\n\n")));
        assertThatThrownBy(() -> gateway(3, 10, Duration.ofSeconds(30)).stream(
                        openAi(SERVER.baseUrl(), Duration.ofSeconds(3)), MESSAGES, null, null, p -> {}))
                .isInstanceOfSatisfying(
                        InferenceException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_RESPONSE));
        SERVER.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions")));
    }

    @Test
    void theCircuitOpensAfterConsecutiveFailuresAndClosesAfterASuccessfulProbe() throws InterruptedException {
        SERVER.stubFor(post("/api/chat").willReturn(aResponse().withStatus(503)));
        ChatGateway gateway = gateway(0, 3, Duration.ofMillis(700));
        ModelTarget target = ollama(Duration.ofSeconds(2));
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> gateway.stream(target, MESSAGES, null, null, p -> {}))
                    .isInstanceOfSatisfying(
                            InferenceException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE));
        }
        SERVER.verify(3, postRequestedFor(urlEqualTo("/api/chat")));

        long start = System.nanoTime();
        assertThatThrownBy(() -> gateway.stream(target, MESSAGES, null, null, p -> {}))
                .isInstanceOfSatisfying(
                        InferenceException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CIRCUIT_OPEN));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(50));
        SERVER.verify(3, postRequestedFor(urlEqualTo("/api/chat")));

        Thread.sleep(800);
        SERVER.resetAll();
        ollamaAnswers();
        assertThat(gateway.stream(target, MESSAGES, null, null, p -> {}).text()).isEqualTo("The seal is worn.");
        assertThat(gateway.stream(target, MESSAGES, null, null, p -> {}).text()).isEqualTo("The seal is worn.");
        SERVER.verify(2, postRequestedFor(urlEqualTo("/api/chat")));
    }

    @Test
    void aFailedProbeOpensTheCircuitAgain() throws InterruptedException {
        SERVER.stubFor(post("/api/chat").willReturn(aResponse().withStatus(502)));
        ChatGateway gateway = gateway(0, 2, Duration.ofMillis(400));
        ModelTarget target = ollama(Duration.ofSeconds(2));
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> gateway.stream(target, MESSAGES, null, null, p -> {}))
                    .isInstanceOf(InferenceException.class);
        }
        Thread.sleep(500);
        assertThatThrownBy(() -> gateway.stream(target, MESSAGES, null, null, p -> {}))
                .isInstanceOfSatisfying(
                        InferenceException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE));
        assertThatThrownBy(() -> gateway.stream(target, MESSAGES, null, null, p -> {}))
                .isInstanceOfSatisfying(
                        InferenceException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CIRCUIT_OPEN));
        SERVER.verify(3, postRequestedFor(urlEqualTo("/api/chat")));
    }
}
