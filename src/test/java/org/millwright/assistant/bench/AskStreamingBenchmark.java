package org.millwright.assistant.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.millwright.assistant.SseClient;
import org.millwright.platform.jobs.JobRunner;
import org.millwright.support.Api;
import org.millwright.support.IntegrationTest;
import org.millwright.support.TestTenants;
import org.millwright.support.TestTenants.Tenant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the assistant adds to a streaming model's time to first token, over HTTP (SSE): a WireMock
 * Ollama answers after {@link #MODEL_FIRST_BYTE_MS} ms and then streams {@link #TOKENS} tokens
 * {@link #TOKEN_GAP_MS} ms apart. The model's own time to first byte is measured in the same run
 * with a direct HTTP client at the same concurrency; the added time of each SSE answer is the
 * client's time to its first {@code token} event minus the model's own median. At 1 and 8
 * concurrent clients, p50/p99 of the added time (target p99 ≤ 20 ms). Then the answer time with
 * the model down (closed port) and hung (no answer within the 1 s timeout) once its circuit is
 * open: p50/p99 over 50 asks each. Writes {@code target/bench/assistant-streaming.md}.
 *
 * <p>Run: {@code ./mvnw -q -B -o -Pbench test -Dtest=AskStreamingBenchmark [-Dbench.runs=200]}
 * ({@code bench.runs}: streamed asks per concurrency level).
 */
@Tag("benchmark")
@TestPropertySource(
        properties = {
            "jobrunr.background-job-server.enabled=false",
            "logging.level.org.millwright=WARN",
            "millwright.inference.chat.provider=",
            "millwright.inference.chat.detect-local-ollama=false",
            "millwright.assistant.limits.per-session-interval=0s",
            "millwright.assistant.limits.per-user-per-minute=100000000",
            "millwright.assistant.limits.per-tenant-per-minute=100000000",
            "millwright.rate-limit.per-principal-per-minute=100000000",
            "millwright.rate-limit.per-tenant-per-minute=100000000"
        })
class AskStreamingBenchmark extends IntegrationTest {

    static final int RUNS = Integer.getInteger("bench.runs", 200);
    static final int[] CLIENTS = {1, 8};
    static final int CIRCUIT_ASKS = 50;
    static final int MODEL_FIRST_BYTE_MS = 200;
    static final int TOKENS = 20;
    static final int TOKEN_GAP_MS = 20;
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String QUESTION = "How is the coupling of the feed pump aligned?";
    static final String DOC = """
            # Feed pump service notes

            ## Coupling alignment

            The feed pump is driven through a flexible coupling by a 30 kW motor.
            Align the coupling of the feed pump with a dial indicator until the offset is within 0.05 mm.
            Check the coupling alignment again after the baseplate bolts are torqued.

            ## Seal

            The mechanical seal of the feed pump is flushed from the discharge line.
            """;

    static final WireMockServer LLM =
            new WireMockServer(WireMockConfiguration.options().dynamicPort().containerThreads(64));
    static final WireMockServer HUNG =
            new WireMockServer(WireMockConfiguration.options().dynamicPort().containerThreads(64));

    static {
        LLM.start();
        HUNG.start();
    }

    @Autowired
    private JobRunner jobRunner;

    @AfterAll
    static void stop() {
        LLM.stop();
        HUNG.stop();
    }

    static String line(String content, boolean done) {
        return "{\"model\":\"llama3.2\",\"created_at\":\"2026-01-01T00:00:00Z\",\"message\":{\"role\":\"assistant\","
                + "\"content\":\"" + content + "\"},\"done\":" + done
                + (done ? ",\"done_reason\":\"stop\",\"prompt_eval_count\":120,\"eval_count\":" + TOKENS : "")
                + "}\n";
    }

    static String stream() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < TOKENS; i++) {
            body.append(line(i == 0 ? "Align" : " word" + i, false));
        }
        return body.append(line("", true)).toString();
    }

    @Test
    void streamingOverheadAndOpenCircuitAnswerTimes() throws Exception {
        // the first chunk after the fixed delay, then one chunk (one NDJSON line) every TOKEN_GAP_MS
        LLM.stubFor(post("/api/chat")
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/x-ndjson")
                        .withBody(stream())
                        .withFixedDelay(MODEL_FIRST_BYTE_MS)
                        .withChunkedDribbleDelay(TOKENS + 1, TOKEN_GAP_MS * (TOKENS + 1))));
        HUNG.stubFor(post("/api/chat")
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/x-ndjson")
                        .withBody(stream())
                        .withFixedDelay(5000)));
        Tenant t = TestTenants.create(platformAdmin(), anonymousClient(), "Streambench");
        ingest(t.admin());
        String key = t.admin()
                .post("/api/v1/admin/api-keys", Map.of("name", "bench", "role", "TECHNICIAN"))
                .json()
                .get("value")
                .asString();
        configure(t, LLM.baseUrl(), 30000);

        // warm-up (JIT, embedding model, connections)
        measure(1, Math.min(RUNS, 10), () -> modelFirstByte());
        measure(1, Math.min(RUNS, 10), () -> firstTokenEvent(key));

        List<String> rows = new ArrayList<>();
        for (int clients : CLIENTS) {
            long[] model = measure(clients, RUNS, AskStreamingBenchmark::modelFirstByte);
            long[] client = measure(clients, RUNS, () -> firstTokenEvent(key));
            double modelP50 = percentile(model, 0.50);
            long[] added = Arrays.stream(client)
                    .map(n -> n - Math.round(modelP50))
                    .sorted()
                    .toArray();
            rows.add(String.format(
                    "| %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |",
                    clients,
                    RUNS,
                    ms(modelP50),
                    ms(percentile(model, 0.99)),
                    ms(percentile(client, 0.50)),
                    ms(percentile(client, 0.99)),
                    ms(percentile(added, 0.50)),
                    ms(percentile(added, 0.99))));
        }

        List<String> circuit = new ArrayList<>();
        configure(t, "http://127.0.0.1:" + closedPort(), 1000);
        circuit.add(openCircuit(t, "model down (connection refused)"));
        configure(t, HUNG.baseUrl(), 1000);
        circuit.add(openCircuit(t, "model hung (1 s timeout)"));

        String report = String.join(
                "\n",
                "## Assistant streaming (" + java.time.Instant.now() + ")",
                "",
                "Model: WireMock Ollama, first byte after " + MODEL_FIRST_BYTE_MS + " ms, then " + TOKENS
                        + " tokens " + TOKEN_GAP_MS + " ms apart. Added = client's first `token` event"
                        + " (POST /api/v1/assistant/ask/stream) minus the model's own p50 time to first byte.",
                "",
                "| clients | asks | model TTFB p50 ms | model TTFB p99 ms | SSE first token p50 ms"
                        + " | SSE first token p99 ms | added p50 ms | added p99 ms |",
                "|---|---|---|---|---|---|---|---|",
                String.join("\n", rows),
                "",
                "Answer time of POST /api/v1/assistant/ask (extractive) with the model's circuit open, over "
                        + CIRCUIT_ASKS + " asks:",
                "",
                "| model | p50 ms | p99 ms | max ms |",
                "|---|---|---|---|",
                String.join("\n", circuit),
                "");
        System.out.println(report);
        Path out = Path.of("target", "bench", "assistant-streaming.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    // ---- measurements

    /** The model's own time to its first byte, asked directly. */
    static long modelFirstByte() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(LLM.baseUrl() + "/api/chat"))
                .header("Content-Type", "application/json")
                .POST(
                        HttpRequest.BodyPublishers.ofString(
                                "{\"model\":\"llama3.2\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"q\"}]}"))
                .build();
        long start = System.nanoTime();
        HttpResponse<InputStream> response = DIRECT.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (var reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String first = reader.readLine();
            long nanos = System.nanoTime() - start;
            assertThat(first).contains("Align");
            while (reader.readLine() != null) {
                // drain, as the server does
            }
            return nanos;
        }
    }

    static final HttpClient DIRECT = HttpClient.newHttpClient();

    /** The client's time to its first {@code token} event; checks the answer was generated. */
    private long firstTokenEvent(String key) {
        SseClient.Received sse = SseClient.ask(port, key, JSON.writeValueAsString(Map.of("question", QUESTION)));
        assertThat(sse.status()).isEqualTo(200);
        JsonNode done = JSON.readTree(sse.events().getLast().data());
        assertThat(done.get("mode").asString()).as(sse.events().toString()).isEqualTo("generated");
        return sse.named("token").getFirst().nanos() - sse.sentNanos();
    }

    /** Asks until the model's circuit is open, then times {@link #CIRCUIT_ASKS} asks. */
    private String openCircuit(Tenant t, String label) throws Exception {
        for (int i = 0; i < 3; i++) {
            ask(t.admin());
        }
        long[] nanos = measure(1, CIRCUIT_ASKS, () -> {
            long start = System.nanoTime();
            ask(t.admin());
            return System.nanoTime() - start;
        });
        return String.format(
                "| %s | %.1f | %.1f | %.1f |",
                label, ms(percentile(nanos, 0.50)), ms(percentile(nanos, 0.99)), ms(nanos[nanos.length - 1]));
    }

    private static void ask(Api api) {
        var answer = api.post("/api/v1/assistant/ask", Map.of("question", QUESTION));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().get("mode").asString()).isEqualTo("extractive");
    }

    @FunctionalInterface
    interface Timed {
        long nanos() throws Exception;
    }

    /** {@code total} timed calls spread over {@code clients} threads; the times sorted. */
    private static long[] measure(int clients, int total, Timed call) throws Exception {
        AtomicInteger next = new AtomicInteger();
        long[] nanos = new long[total];
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<Void>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                        nanos[i] = call.nanos();
                    }
                    return null;
                }));
            }
            for (Future<Void> f : futures) {
                f.get();
            }
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static double percentile(long[] sorted, double p) {
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static double ms(double nanos) {
        return nanos / 1e6;
    }

    // ---- set-up

    private void ingest(Api admin) {
        var response = admin.upload(
                "/api/v1/knowledge/documents", Map.of("feed-pump.md", DOC.getBytes(StandardCharsets.UTF_8)), Map.of());
        assertThat(response.status()).as(response.toString()).isEqualTo(202);
        JsonNode document = response.json().get(0).get("document");
        jobRunner.run(UUID.fromString(document.get("jobId").asString()));
        JsonNode doc = admin.get(
                        "/api/v1/knowledge/documents/" + document.get("id").asString())
                .json();
        assertThat(doc.get("status").asString()).as(doc.toString()).isEqualToIgnoringCase("indexed");
    }

    private static void configure(Tenant t, String baseUrl, int timeoutMs) {
        var put = t.admin()
                .put(
                        "/api/v1/inference/config",
                        Map.of("provider", "ollama", "baseUrl", baseUrl, "model", "llama3.2", "timeoutMs", timeoutMs));
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
