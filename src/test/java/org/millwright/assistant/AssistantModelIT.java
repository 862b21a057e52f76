package org.millwright.assistant;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.millwright.support.Api;
import org.millwright.support.IntegrationTest;
import org.millwright.support.TestTenants;
import org.millwright.support.TestTenants.Tenant;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The assistant with a chat model, end to end through HTTP: a tenant's own model (a WireMock
 * Ollama or OpenAI-compatible server, set with {@code PUT /api/v1/inference/config}) streams its
 * answer token by token over SSE with the passages it cites; the inference is audited and counted;
 * a model that is down or hung leaves extractive answers, fast once its circuit is open; a spent
 * quota is a 429; and a verified fix raises its passage for that machine only.
 */
class AssistantModelIT extends IntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String ASK = "/api/v1/assistant/ask";
    static final String CONFIG = "/api/v1/inference/config";
    static final WireMockServer LLM = start();
    static final WireMockServer HUNG = start();

    /** The model's answer, token by token; it cites the first two sources. */
    static final List<String> TOKENS = List.of(
            "Align",
            " the",
            " coupling",
            " of",
            " P-1",
            " within",
            " 0.05",
            " mm",
            " [1]",
            " and",
            " check",
            " the",
            " seal",
            " flush",
            " [2].");

    static final String MODEL_TEXT = String.join("", TOKENS);
    static final String QUESTION = "How do I align the coupling of pump P-1 and check its seal flush?";

    static final String PUMP_DOC = """
            # Pump P-1 service notes

            ## Coupling alignment

            Pump P-1 is a horizontal end-suction pump driven by a 15 kW motor through a flexible coupling.
            Align the coupling of pump P-1 with a dial indicator until the offset stays within 0.05 mm.
            Recheck the coupling alignment of the pump after the baseplate bolts are torqued.

            ## Seal flush

            The mechanical seal of pump P-1 has a flush line from the discharge.
            Check that the seal flush of the pump is open before starting, and look for drips at the gland.

            ## Start-up

            Prime the casing, open the suction valve fully and start the pump with the discharge valve throttled.
            """;

    static WireMockServer start() {
        WireMockServer server =
                new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        return server;
    }

    @AfterAll
    static void stop() {
        LLM.stop();
        HUNG.stop();
    }

    // ---- model stubs (the shapes of ChatGatewayWireMockTest) ---------------------------------

    static String ollamaLine(String content, boolean done) {
        return "{\"model\":\"llama3.2\",\"created_at\":\"2026-01-01T00:00:00Z\",\"message\":{\"role\":\"assistant\","
                + "\"content\":\"" + content + "\"},\"done\":" + done
                + (done
                        ? ",\"done_reason\":\"stop\",\"total_duration\":1000,\"prompt_eval_count\":120,"
                                + "\"eval_count\":" + TOKENS.size()
                        : "")
                + "}\n";
    }

    static String ollamaStream() {
        StringBuilder body = new StringBuilder();
        TOKENS.forEach(t -> body.append(ollamaLine(t, false)));
        return body.append(ollamaLine("", true)).toString();
    }

    static String sseChunk(String delta, String finish) {
        return "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1767225600,"
                + "\"model\":\"gpt-4o-mini\",\"choices\":[{\"index\":0,\"delta\":" + delta + ",\"finish_reason\":"
                + (finish == null ? "null" : "\"" + finish + "\"") + "}]}\n\n";
    }

    static String openAiStream() {
        StringBuilder body = new StringBuilder(sseChunk("{\"role\":\"assistant\",\"content\":\"\"}", null));
        TOKENS.forEach(t -> body.append(sseChunk("{\"content\":\"" + t + "\"}", null)));
        return body.append(sseChunk("{}", "stop"))
                .append("data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1767225600,"
                        + "\"model\":\"gpt-4o-mini\",\"choices\":[],"
                        + "\"usage\":{\"prompt_tokens\":140,\"completion_tokens\":15,\"total_tokens\":155}}\n\n")
                .append("data: [DONE]\n\n")
                .toString();
    }

    static void stubModels() {
        LLM.stubFor(post("/api/chat")
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/x-ndjson")
                        .withBody(ollamaStream())
                        .withChunkedDribbleDelay(TOKENS.size() + 1, 1200)));
        LLM.stubFor(post("/v1/chat/completions")
                .willReturn(aResponse()
                        .withHeader("Content-Type", "text/event-stream")
                        .withBody(openAiStream())
                        .withChunkedDribbleDelay(TOKENS.size() + 3, 1200)));
    }

    // ---- a, b, c: streamed answers from both protocols, audited and counted ------------------

    @Test
    void answersStreamFromOllamaAndOpenAiWithTheirCitationsAndAreAuditedAndCounted() {
        stubModels();
        Tenant t = TestTenants.create(platformAdmin(), anonymousClient(), "Model");
        upload(t, Map.of("p1-service-notes.md", PUMP_DOC), Map.of());
        String key = key(t, "TECHNICIAN").value();

        configure(t, "ollama", LLM.baseUrl(), "llama3.2", 30000);
        JsonNode ollamaDone = streamsTheModelsAnswer(t, key, "llama3.2");

        configure(t, "openai", LLM.baseUrl(), "gpt-4o-mini", 30000);
        JsonNode openAiDone = streamsTheModelsAnswer(t, key, "gpt-4o-mini");
        assertThat(chunkIds(openAiDone.get("citations"))).isEqualTo(chunkIds(ollamaDone.get("citations")));

        JsonNode audit = t.admin()
                .get("/api/v1/inference/audit?endpoint=assistant.ask&status=OK&size=50")
                .json();
        Map<String, long[]> byModel = new HashMap<>();
        for (JsonNode row : audit.get("items")) {
            assertThat(row.get("endpoint").asString()).isEqualTo("assistant.ask");
            assertThat(row.get("status").asString()).isEqualTo("OK");
            assertThat(row.get("kind").asString()).isEqualTo("chat");
            assertThat(row.get("firstTokenMs").isNull()).isFalse();
            long[] sum = byModel.computeIfAbsent(row.get("model").asString(), m -> new long[3]);
            sum[0]++;
            sum[1] += row.get("tokensIn").asLong();
            sum[2] += row.get("tokensOut").asLong();
        }
        // SSE and /ask for each model: two rows each, with the servers' own token counts
        assertThat(byModel.keySet()).containsExactlyInAnyOrder("llama3.2", "gpt-4o-mini");
        assertThat(byModel.get("llama3.2")).containsExactly(2, 240, 2L * TOKENS.size());
        assertThat(byModel.get("gpt-4o-mini")).containsExactly(2, 280, 30);

        JsonNode usage = t.admin().get("/api/v1/inference/usage?groupBy=model").json();
        Map<String, JsonNode> groups = new LinkedHashMap<>();
        usage.get("groups").forEach(g -> groups.put(g.get("key").asString(), g.get("usage")));
        assertThat(groups.keySet()).containsExactlyInAnyOrder("llama3.2", "gpt-4o-mini");
        for (var e : byModel.entrySet()) {
            JsonNode u = groups.get(e.getKey());
            assertThat(u.get("requests").asLong()).as(e.getKey()).isEqualTo(e.getValue()[0]);
            assertThat(u.get("errors").asLong()).isZero();
            assertThat(u.get("tokensIn").asLong()).isEqualTo(e.getValue()[1]);
            assertThat(u.get("tokensOut").asLong()).isEqualTo(e.getValue()[2]);
        }
        assertThat(usage.get("total").get("tokensIn").asLong()).isEqualTo(240 + 280);
    }

    /** SSE: tokens in order as they come, then the cited passages, then done; /ask agrees. */
    private JsonNode streamsTheModelsAnswer(Tenant t, String key, String model) {
        SseClient.Received sse = SseClient.ask(port, key, JSON.writeValueAsString(Map.of("question", QUESTION)));
        assertThat(sse.status()).isEqualTo(200);
        List<String> names = sse.events().stream().map(SseClient.Event::name).toList();
        assertThat(names).as(model + " " + sse.events()).doesNotContain("reset", "error");
        assertThat(names.subList(names.size() - 2, names.size())).containsExactly("citations", "done");
        assertThat(names.subList(0, names.size() - 2)).containsOnly("token");
        List<String> tokens =
                sse.named("token").stream().map(SseClient.Event::data).toList();
        assertThat(tokens).as("several tokens, in order").hasSizeGreaterThan(3);
        assertThat(sse.tokens()).isEqualTo(MODEL_TEXT);

        SseClient.Event first = sse.named("token").getFirst();
        SseClient.Event done = sse.events().getLast();
        long streamedMillis = (done.nanos() - first.nanos()) / 1_000_000;
        System.out.printf(
                "%s over SSE: first token after %d ms, done %d ms later%n",
                model, (first.nanos() - sse.sentNanos()) / 1_000_000, streamedMillis);
        assertThat(streamedMillis)
                .as("the first token came while the model was still answering (dribbled over 1.2 s)")
                .isGreaterThan(400);

        JsonNode citations = JSON.readTree(sse.named("citations").getFirst().data());
        List<Integer> numbers = new ArrayList<>();
        citations.forEach(c -> numbers.add(c.get("n").asInt()));
        assertThat(numbers).as("the passages the answer cites by number").containsExactly(1, 2);
        JsonNode answer = JSON.readTree(done.data());
        assertThat(answer.get("mode").asString()).isEqualTo("generated");
        assertThat(answer.get("model").asString()).isEqualTo(model);
        assertThat(answer.get("answer").asString()).isEqualTo(MODEL_TEXT);
        assertThat(answer.get("citations")).isEqualTo(citations);

        JsonNode plain = new Api(port)
                .withKey(key)
                .post(ASK, Map.of("question", QUESTION))
                .json();
        assertThat(plain.get("mode").asString()).isEqualTo("generated");
        assertThat(plain.get("answer").asString()).isEqualTo(MODEL_TEXT);
        assertThat(chunkIds(plain.get("citations"))).isEqualTo(chunkIds(citations));
        return answer;
    }

    // ---- d: a model down or hung leaves extractive answers, fast once the circuit is open -----

    @Test
    void aModelDownOrHungLeavesExtractiveAnswersFastOnceItsCircuitIsOpen() {
        HUNG.stubFor(post("/api/chat")
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/x-ndjson")
                        .withBody(ollamaStream())
                        .withFixedDelay(5000)));
        Tenant t = TestTenants.create(platformAdmin(), anonymousClient(), "Down");
        upload(t, Map.of("p1-service-notes.md", PUMP_DOC), Map.of());

        configure(t, "ollama", "http://127.0.0.1:" + closedPort(), "down-model", 1000);
        fallsBackAndOpensTheCircuit(t, "down-model");
        configure(t, "ollama", HUNG.baseUrl(), "hung-model", 1000);
        fallsBackAndOpensTheCircuit(t, "hung-model");
    }

    private void fallsBackAndOpensTheCircuit(Tenant t, String model) {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            long start = System.nanoTime();
            var answer = t.admin().post(ASK, Map.of("question", QUESTION));
            millis.add((System.nanoTime() - start) / 1_000_000);
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            assertThat(answer.json().get("mode").asString()).isEqualTo("extractive");
            assertThat(answer.json().get("citations").size()).isPositive();
            assertThat(answer.json().get("model").isNull()).isTrue();
        }
        JsonNode rows = t.admin()
                .get("/api/v1/inference/audit?endpoint=assistant.ask&model=" + model + "&size=10")
                .json()
                .get("items");
        System.out.printf(
                "%s: answer times %s ms; statuses newest first %s%n",
                model,
                millis,
                rows.valueStream().map(r -> r.get("status").asString()).toList());
        assertThat(rows.get(0).get("status").asString()).isEqualTo("CIRCUIT_OPEN");
        assertThat(rows.get(rows.size() - 1).get("status").asString()).isIn("UNAVAILABLE", "TIMEOUT");
        assertThat(millis.getFirst())
                .as("the first answer waited for the model")
                .isGreaterThan(1000);
        assertThat(millis.getLast())
                .as("with the circuit open the answer does not wait")
                .isLessThan(1000);
    }

    // ---- e: a spent monthly quota --------------------------------------------------------------

    @Test
    void aSpentMonthlyQuotaIsA429NamingTheQuota() {
        stubModels();
        Tenant t = TestTenants.create(platformAdmin(), anonymousClient(), "Quota");
        UUID pump = asset(t, "QP-1");
        configure(t, "ollama", LLM.baseUrl(), "llama3.2", 30000);
        var quota = t.admin().put("/api/v1/inference/quota", Map.of("monthlyTokenQuota", 10));
        assertThat(quota.status()).as(quota.toString()).isEqualTo(200);

        var first = t.admin().post(ASK, Map.of("question", "Is the pump ready to start?", "assetId", pump));
        assertThat(first.status())
                .as("the inference that crosses the quota completes: " + first)
                .isEqualTo(200);
        assertThat(first.json().get("mode").asString()).isEqualTo("generated");
        var second = t.admin().post(ASK, Map.of("question", "Is the pump ready to start?", "assetId", pump));
        assertThat(second.status()).as(second.toString()).isEqualTo(429);
        assertThat(second.header("Content-Type")).contains("application/problem+json");
        assertThat(Long.parseLong(second.header("Retry-After"))).isPositive();
        assertThat(second.json().get("detail").asString()).contains("monthly quota of 10 tokens");
        // over SSE the quota is met once the stream has begun: an error event with the same problem
        SseClient.Received streamed = SseClient.ask(
                port,
                key(t, "ADMIN").value(),
                JSON.writeValueAsString(Map.of("question", "Is the pump ready to start?", "assetId", pump)));
        assertThat(streamed.events())
                .extracting(SseClient.Event::name)
                .as("no token before the refusal")
                .containsExactly("error");
        JsonNode problem = JSON.readTree(streamed.events().getFirst().data());
        assertThat(problem.get("status").asInt()).isEqualTo(429);
        assertThat(problem.get("retryAfter").asLong()).isPositive();
        assertThat(problem.get("detail").asString()).contains("monthly quota of 10 tokens");
    }

    // ---- f: a verified fix raises its passage for that machine only ---------------------------

    static final String MISALIGNMENT_DOC = """
            # Vibration from misalignment

            When the pump vibrates, the usual cause is misalignment between the pump and the motor shafts.
            A misaligned coupling makes the pump vibrate at twice the running speed.
            To stop the pump vibration, check the shaft alignment with a dial indicator and correct the shims.
            Vibration that returns after alignment points to a soft foot under the pump feet.
            """;

    static final String LUBRICATION_DOC = """
            # Bearing lubrication

            Grease the pump bearings every 2000 running hours with a lithium complex grease.
            Too much grease heats the bearings; too little wears them.
            A dry bearing can also make the pump vibrate.
            """;

    static final String VIBRATION = "Why does the pump vibrate?";

    @Test
    void aVerifiedFixRaisesItsPassageForThatMachineOnly() {
        Tenant t = TestTenants.create(platformAdmin(), anonymousClient(), "Fix");
        UUID pump = asset(t, "FX-7");
        Map<String, String> documents = upload(
                t,
                Map.of("misalignment.md", MISALIGNMENT_DOC, "lubrication.md", LUBRICATION_DOC),
                Map.of("assetIds", pump.toString()));
        String misalignment = documents.get("misalignment.md");
        String lubrication = documents.get("lubrication.md");
        Key technician = key(t, "TECHNICIAN");
        Api tech = anonymousClient().withKey(technician.value());

        JsonNode before = ask(tech, VIBRATION, pump);
        JsonNode withoutMachineBefore = ask(tech, VIBRATION, null);
        System.out.println("before the fix: " + ranks(before, misalignment, lubrication));
        assertThat(before.get("citations").get(0).get("documentId").asString())
                .as("the misalignment passage ranks first before any fix: " + before)
                .isEqualTo(misalignment);
        assertThat(rankOf(before, lubrication))
                .as("the lubrication passage is cited, not first")
                .isGreaterThan(1);

        JsonNode greasing = ask(tech, "How often should the bearings be greased?", pump);
        assertThat(greasing.get("citations")
                        .valueStream()
                        .map(c -> c.get("documentId").asString())
                        .distinct()
                        .toList())
                .as(greasing.toString())
                .containsExactly(lubrication);
        var feedback = tech.post(
                "/api/v1/assistant/feedback",
                Map.of(
                        "conversationId",
                        greasing.get("conversationId").asString(),
                        "turnId",
                        greasing.get("turnId").asString(),
                        "helpful",
                        true,
                        "confirmedFix",
                        true));
        assertThat(feedback.status()).as(feedback.toString()).isEqualTo(201);
        assertThat(feedback.json().get("verifiedFix").get("assetId").asString()).isEqualTo(pump.toString());

        JsonNode after = ask(tech, VIBRATION, pump);
        System.out.println("after the fix: " + ranks(after, misalignment, lubrication));
        assertThat(after.get("citations").get(0).get("documentId").asString())
                .as("the fixed passage now ranks first for this machine: " + after)
                .isEqualTo(lubrication);
        JsonNode withoutMachineAfter = ask(tech, VIBRATION, null);
        assertThat(chunkRanks(withoutMachineAfter))
                .as("without the machine the ranking is unchanged")
                .isEqualTo(chunkRanks(withoutMachineBefore));
    }

    private static JsonNode ask(Api api, String question, UUID assetId) {
        Map<String, Object> body = new HashMap<>(Map.of("question", question));
        if (assetId != null) {
            body.put("assetId", assetId);
        }
        var answer = api.post(ASK, body);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().get("mode").asString()).isEqualTo("extractive");
        return answer.json();
    }

    private static int rankOf(JsonNode answer, String documentId) {
        return answer.get("citations")
                .valueStream()
                .filter(c -> c.get("documentId").asString().equals(documentId))
                .mapToInt(c -> c.get("n").asInt())
                .min()
                .orElse(Integer.MAX_VALUE);
    }

    private static String ranks(JsonNode answer, String misalignment, String lubrication) {
        return "misalignment [" + rankOf(answer, misalignment) + "], lubrication [" + rankOf(answer, lubrication) + "]";
    }

    private static List<String> chunkRanks(JsonNode answer) {
        return answer.get("citations")
                .valueStream()
                .map(c -> c.get("n").asInt() + ":" + c.get("chunkId").asString())
                .toList();
    }

    // ---- helpers ------------------------------------------------------------------------------

    record Key(UUID id, String value) {}

    private Key key(Tenant t, String role) {
        var issued =
                t.admin().post("/api/v1/admin/api-keys", Map.of("name", role + " " + UUID.randomUUID(), "role", role));
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        return new Key(
                UUID.fromString(issued.json().get("key").get("id").asString()),
                issued.json().get("value").asString());
    }

    private static UUID asset(Tenant t, String code) {
        var created = t.admin()
                .post(
                        "/api/v1/maintenance/assets",
                        Map.of(
                                "siteId",
                                t.siteId(),
                                "code",
                                code,
                                "details",
                                Map.of("name", "Pump " + code, "type", "pump", "criticality", "B")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return TestTenants.id(created.json());
    }

    private static void configure(Tenant t, String provider, String baseUrl, String model, int timeoutMs) {
        var put = t.admin()
                .put(CONFIG, Map.of("provider", provider, "baseUrl", baseUrl, "model", model, "timeoutMs", timeoutMs));
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
    }

    /** Uploads Markdown documents and waits until they are indexed; their ids by file name. */
    private static Map<String, String> upload(Tenant t, Map<String, String> files, Map<String, String> fields) {
        Map<String, byte[]> bytes = new HashMap<>();
        files.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
        var upload = t.admin().upload("/api/v1/knowledge/documents", bytes, fields);
        assertThat(upload.status()).as(upload.toString()).isEqualTo(202);
        Map<String, String> ids = new HashMap<>();
        for (JsonNode u : upload.json()) {
            JsonNode document = u.get("document");
            ids.put(document.get("fileName").asString(), document.get("id").asString());
            JsonNode job = awaitJob(t.admin(), document.get("jobId").asString());
            assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("completed");
        }
        return ids;
    }

    /** Waits for a job; the first ingest of a server loads the embedding model, so allow minutes. */
    private static JsonNode awaitJob(Api api, String id) {
        long deadline = System.currentTimeMillis() + 240_000;
        while (System.currentTimeMillis() < deadline) {
            JsonNode job = api.get("/api/v1/jobs/" + id).json();
            String state = job.get("state").asString();
            if (state.equals("completed") || state.equals("failed")) {
                return job;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("job " + id + " did not finish in 240 s");
    }

    private static List<String> chunkIds(JsonNode citations) {
        return citations.valueStream().map(c -> c.get("chunkId").asString()).toList();
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
