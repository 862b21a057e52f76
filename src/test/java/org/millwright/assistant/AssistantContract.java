package org.millwright.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.millwright.assistant.internal.AnswerMode;
import org.millwright.assistant.internal.answer.MemoryFolder;
import org.millwright.assistant.internal.conversation.Conversations;
import org.millwright.assistant.internal.conversation.Turn;
import org.millwright.platform.jobs.TenantTasks;
import org.millwright.platform.tenancy.TenantContext;
import org.millwright.support.Api;
import org.millwright.support.TestTenants;
import org.millwright.support.TestTenants.Tenant;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The assistant through its API on a real database: conversations and who sees them, idle
 * closing and retention, memory folding, extractive answers from the real manuals (no model is
 * configured in these tests), streaming over SSE and WebSocket, and the question limits.
 */
public interface AssistantContract {

    Path MANUALS = Path.of("..", "shared", "data", "manuals");
    Path SPANISH_MANUAL =
            MANUALS.resolve("es_ecobio_mantenimiento_bombas/IT-OP-MBH_mantenimiento_preventivo_bombas.md");
    Path ENGLISH_MANUAL = MANUALS.resolve("en_doe_pump_sourcebook/basic_pump_maintenance.txt");
    String ASK = "/api/v1/assistant/ask";
    String CONVERSATIONS = "/api/v1/assistant/conversations";
    String PROFILE = "/api/v1/assistant/profile";
    JsonMapper JSON = JsonMapper.builder().build();
    Map<Integer, Tenant> MANUAL_TENANTS = new HashMap<>();

    Api platformAdmin();

    Api anonymousClient();

    JdbcTemplate jdbc();

    <T> T bean(Class<T> type);

    int port();

    @Test
    default void conversationsBelongToTheirOwner() {
        Tenant t = TestTenants.create(platformAdmin(), anonymousClient(), "Conv");
        var created = t.admin().post(CONVERSATIONS, Map.of("type", "general", "title", "Pump P-1 noise"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.json().get("assistantType").asString()).isEqualTo("GENERAL");
        assertThat(t.admin().post(CONVERSATIONS, Map.of("type", "poetry")).status())
                .isEqualTo(400);
        assertThat(t.admin()
                        .post(CONVERSATIONS, Map.of("siteId", UUID.randomUUID()))
                        .status())
                .isEqualTo(400);
        var second = t.admin().post(CONVERSATIONS, Map.of());
        assertThat(second.status()).isEqualTo(201);
        var list = t.admin().get(CONVERSATIONS).json();
        assertThat(list.get("totalItems").asInt()).isEqualTo(2);
        assertThat(list.get("items").get(0).get("id").asString())
                .as("newest first")
                .isEqualTo(second.json().get("id").asString());
        assertThat(t.admin().get(CONVERSATIONS + "/" + id).json().get("turns").size())
                .isZero();

        Api technician = user(t, "TECHNICIAN");
        assertThat(technician.get(CONVERSATIONS + "/" + id).status()).isEqualTo(404);
        assertThat(technician.delete(CONVERSATIONS + "/" + id).status()).isEqualTo(404);
        assertThat(technician.post(CONVERSATIONS + "/" + id + "/reset", null).status())
                .isEqualTo(404);
        assertThat(technician
                        .post(ASK, Map.of("question", "how to align the pump?", "conversationId", id))
                        .status())
                .isEqualTo(404);
        assertThat(technician.get(CONVERSATIONS).json().get("totalItems").asInt())
                .isZero();
        assertThat(technician.get(CONVERSATIONS + "?all=true").status()).isEqualTo(400);
        var own = technician.post(CONVERSATIONS, Map.of());
        assertThat(t.admin()
                        .get(CONVERSATIONS + "?all=true")
                        .json()
                        .get("totalItems")
                        .asInt())
                .isEqualTo(3);
        assertThat(t.admin()
                        .get(CONVERSATIONS + "/" + own.json().get("id").asString())
                        .status())
                .as("an admin may read everyone's conversations")
                .isEqualTo(200);

        assertThat(t.admin().delete(CONVERSATIONS + "/" + id).status()).isEqualTo(204);
        assertThat(t.admin().get(CONVERSATIONS + "/" + id).status()).isEqualTo(404);
    }

    @Test
    default void theTenantsPersonaIsSetByAnAdmin() {
        Tenant t = TestTenants.create(platformAdmin(), anonymousClient(), "Persona");
        assertThat(t.admin().get(PROFILE).json().get("persona").asString()).isEmpty();
        var put = t.admin().put(PROFILE, Map.of("persona", "You are Tito, the plant's helper. Use metric units."));
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        assertThat(t.admin().get(PROFILE).json().get("persona").asString()).startsWith("You are Tito");
        assertThat(t.admin().put(PROFILE, Map.of("persona", "x".repeat(2001))).status())
                .isEqualTo(400);
        assertThat(t.admin().put(PROFILE, Map.of()).status()).isEqualTo(400);
        assertThat(t.admin().get(PROFILE).json().get("persona").asString()).startsWith("You are Tito");
        Api technician = user(t, "TECHNICIAN");
        assertThat(technician.get(PROFILE).status()).isEqualTo(403);
        assertThat(technician.put(PROFILE, Map.of("persona", "")).status()).isEqualTo(403);
    }

    @Test
    default void spanishQuestionIsAnsweredFromTheRealManualWithLineCitations() throws Exception {
        Tenant t = manuals("Es");
        var answer = t.admin()
                .post(ASK, Map.of("question", "¿Cada cuántas horas se hace la mantención preventiva de las bombas?"));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode a = answer.json();
        assertThat(a.get("mode").asString()).isEqualTo("extractive");
        assertThat(a.get("language").asString()).isEqualTo("es");
        assertThat(a.get("notCovered").asBoolean()).isFalse();
        assertThat(a.get("model").isNull()).isTrue();
        assertThat(a.get("answer").asString())
                .contains("750")
                .containsIgnoringCase("horas")
                .contains("[1]");
        JsonNode first = a.get("citations").get(0);
        assertThat(first.get("n").asInt()).isEqualTo(1);
        int line = lineOf(SPANISH_MANUAL, "750 horas");
        assertThat(first.get("lineStart").asInt()).isLessThanOrEqualTo(line);
        assertThat(first.get("lineEnd").asInt()).isGreaterThanOrEqualTo(line);
        assertThat(first.get("chunkId").asString()).isNotBlank();
        assertThat(first.get("kind").asString()).isEqualTo("document");
        JsonNode conversation = t.admin()
                .get(CONVERSATIONS + "/" + a.get("conversationId").asString())
                .json();
        JsonNode turn = conversation.get("turns").get(0);
        assertThat(turn.get("id").asString()).isEqualTo(a.get("turnId").asString());
        assertThat(turn.get("mode").asString()).isEqualTo("extractive");
        assertThat(turn.get("citations").size()).isEqualTo(a.get("citations").size());
        assertThat(conversation.get("conversation").get("title").asString()).startsWith("¿Cada cuántas horas");
    }

    @Test
    default void englishQuestionIsAnsweredInEnglish() throws Exception {
        Tenant t = manuals("En");
        JsonNode a = t.admin()
                .post(ASK, Map.of("question", "How often should the pump bearings be lubricated?"))
                .json();
        assertThat(a.get("language").asString()).isEqualTo("en");
        assertThat(a.get("mode").asString()).isEqualTo("extractive");
        assertThat(a.get("answer").asString())
                .startsWith("From the knowledge base")
                .containsIgnoringCase("lubric");
        assertThat(a.get("citations").get(0).get("title").asString()).containsIgnoringCase("maintenance");
        int lubrication = lineOf(ENGLISH_MANUAL, "ubricat");
        assertThat(a.get("citations").get(0).get("lineEnd").asInt()).isGreaterThanOrEqualTo(lubrication);
    }

    @Test
    default void aQuestionTheKnowledgeDoesNotCoverSaysSo() throws Exception {
        Tenant t = manuals("None");
        JsonNode es = t.admin()
                .post(ASK, Map.of("question", "¿Cuál es la receta del pastel de chocolate?"))
                .json();
        assertThat(es.get("notCovered").asBoolean()).as(es.toString()).isTrue();
        assertThat(es.get("answer").asString()).contains("base de conocimiento no cubre");
        assertThat(es.get("citations").size()).isZero();
        JsonNode en = t.admin()
                .post(ASK, Map.of("question", "Which football team won the league?"))
                .json();
        assertThat(en.get("notCovered").asBoolean()).as(en.toString()).isTrue();
        assertThat(en.get("answer").asString()).contains("knowledge base does not cover");
    }

    @Test
    default void badQuestionsAreRefusedAndNothingIsStored() {
        Tenant t = TestTenants.create(platformAdmin(), anonymousClient(), "Bad");
        var blank = t.admin().post(ASK, Map.of("question", "   "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().get("detail").asString()).contains("empty");
        assertThat(t.admin().post(ASK, Map.of()).status()).isEqualTo(400);
        var long_ = t.admin().post(ASK, Map.of("question", "why ".repeat(600)));
        assertThat(long_.status()).isEqualTo(400);
        assertThat(long_.json().get("detail").asString()).contains("2000");
        assertThat(t.admin()
                        .post(ASK, Map.of("question", "why?", "type", "poetry"))
                        .status())
                .isEqualTo(400);
        assertThat(t.admin()
                        .post(ASK, Map.of("question", "why?", "language", "fr"))
                        .status())
                .isEqualTo(400);
        assertThat(t.admin()
                        .post(ASK, Map.of("question", "why?", "assetId", UUID.randomUUID()))
                        .status())
                .isEqualTo(400);
        assertThat(t.admin().post(ASK, "{not json").status()).isEqualTo(400);
        assertThat(t.admin().get(CONVERSATIONS).json().get("totalItems").asInt())
                .isZero();
        assertThat(jdbc().queryForObject(
                                "select count(*) from assistant_turns where tenant_id = ?", Integer.class, t.id()))
                .isZero();
        assertThat(anonymousClient().post(ASK, Map.of("question", "why?")).status())
                .isEqualTo(401);
    }

    @Test
    default void idleConversationsCloseAndOldOnesAreDeleted() {
        Tenant t = TestTenants.create(platformAdmin(), anonymousClient(), "Idle");
        String id = t.admin().post(CONVERSATIONS, Map.of()).json().get("id").asString();
        jdbc().update(
                        "update assistant_conversations set last_active_at = last_active_at - interval '3' hour where id = ?",
                        UUID.fromString(id));
        var closed = t.admin().post(ASK, Map.of("question", "how to align the pump?", "conversationId", id));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(409);
        assertThat(closed.json().get("detail").asString()).contains("start a new conversation");
        assertThat(t.admin()
                        .get(CONVERSATIONS + "/" + id)
                        .json()
                        .get("conversation")
                        .get("closed")
                        .asBoolean())
                .isTrue();
        String recent = t.admin().post(CONVERSATIONS, Map.of()).json().get("id").asString();
        jdbc().update(
                        "update assistant_conversations set created_at = created_at - interval '100' day where id = ?",
                        UUID.fromString(id));
        bean(TenantTasks.class).run("assistant-conversation-retention");
        assertThat(t.admin().get(CONVERSATIONS + "/" + id).status()).isEqualTo(404);
        assertThat(t.admin().get(CONVERSATIONS + "/" + recent).status()).isEqualTo(200);
    }

    @Test
    default void olderTurnsAreFoldedIntoTheSummary() {
        Tenant t = TestTenants.create(platformAdmin(), anonymousClient(), "Memory");
        UUID id = UUID.fromString(
                t.admin().post(CONVERSATIONS, Map.of()).json().get("id").asString());
        Conversations conversations = bean(Conversations.class);
        TenantContext.run(t.id(), () -> {
            for (int i = 1; i <= 12; i++) {
                conversations.record(
                        id,
                        new Turn.NewTurn(
                                "Question number " + i + ". Why does pump P-" + i + " vibrate?",
                                "Answer number " + i + ". Check the coupling alignment.",
                                "en",
                                AnswerMode.EXTRACTIVE,
                                false,
                                "[]",
                                List.of(),
                                null,
                                1,
                                1,
                                null));
            }
            bean(MemoryFolder.class).fold(id, null, "en");
            var memory = conversations.memory(id);
            assertThat(memory.recent()).hasSize(10);
            assertThat(memory.recent().getFirst().question()).startsWith("Question number 3.");
        });
        JsonNode detail = t.admin().get(CONVERSATIONS + "/" + id).json();
        assertThat(detail.get("turns").size()).isEqualTo(12);
        assertThat(detail.get("summary").asString())
                .contains("Question number 1.")
                .contains("Question number 2.")
                .contains("Answer number 2.")
                .doesNotContain("Question number 3.");
        assertThat(t.admin()
                        .post(CONVERSATIONS + "/" + id + "/reset", null)
                        .json()
                        .get("turns")
                        .asInt())
                .isZero();
        JsonNode reset = t.admin().get(CONVERSATIONS + "/" + id).json();
        assertThat(reset.get("turns").size()).isZero();
        assertThat(reset.get("summary").isNull()).isTrue();
    }

    @Test
    default void answersStreamAsServerSentEventsInOrder() throws Exception {
        Tenant t = manuals("Sse");
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port() + ASK + "/stream"))
                .header("X-API-Key", key(t))
                .header("Content-Type", "application/json")
                .header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                        Map.of("question", "How often should the pump bearings be lubricated?"))))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        List<String[]> events = events(response.body());
        List<String> names = events.stream().map(e -> e[0]).toList();
        assertThat(names.getFirst()).isEqualTo("token");
        assertThat(names.subList(names.size() - 2, names.size())).containsExactly("citations", "done");
        assertThat(names.subList(0, names.size() - 2)).containsOnly("token");
        String streamed = String.join(
                "",
                events.stream().filter(e -> e[0].equals("token")).map(e -> e[1]).toList());
        JsonNode done = JSON.readTree(events.getLast()[1]);
        assertThat(streamed.strip()).isEqualTo(done.get("answer").asString());
        assertThat(JSON.readTree(events.get(events.size() - 2)[1])).isEqualTo(done.get("citations"));
        assertThat(done.get("turnId").asString()).isNotBlank();

        var blank = t.admin().withHeader("Accept", "text/event-stream").post(ASK + "/stream", Map.of("question", " "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().get("detail").asString()).contains("empty");
    }

    @Test
    default void answersStreamOverWebSocketWithAnApiKeyOrAToken() throws Exception {
        Tenant t = manuals("Ws");
        Frames byKey = new Frames();
        WebSocket socket = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .header("X-API-Key", key(t))
                .buildAsync(URI.create("ws://localhost:" + port() + "/api/v1/assistant/ws"), byKey)
                .get(10, TimeUnit.SECONDS);
        socket.sendText(
                JSON.writeValueAsString(
                        Map.of("id", "q1", "question", "How often should the pump bearings be lubricated?")),
                true);
        List<JsonNode> frames = byKey.until("done");
        assertThat(frames.getFirst().get("type").asString()).isEqualTo("token");
        assertThat(frames.get(frames.size() - 2).get("type").asString()).isEqualTo("citations");
        JsonNode done = frames.getLast();
        assertThat(done.get("id").asString()).isEqualTo("q1");
        assertThat(done.get("answer").get("answer").asString()).containsIgnoringCase("lubric");
        socket.sendText("{\"question\": \"\"}", true);
        JsonNode error = byKey.until("error").getLast();
        assertThat(error.get("problem").get("status").asInt()).isEqualTo(400);
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");

        var login = anonymousClient()
                .post("/api/v1/auth/token", Map.of("email", t.adminEmail(), "password", t.adminPassword()));
        String token = login.json().get("accessToken").asString();
        Frames byToken = new Frames();
        WebSocket second = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .buildAsync(
                        URI.create("ws://localhost:" + port() + "/api/v1/assistant/ws?access_token=" + token), byToken)
                .get(10, TimeUnit.SECONDS);
        second.sendText(
                JSON.writeValueAsString(Map.of("question", "¿Cada cuántas horas se revisan las bombas?")), true);
        assertThat(byToken.until("done").getLast().get("answer").get("language").asString())
                .isEqualTo("es");
        second.sendClose(WebSocket.NORMAL_CLOSURE, "bye");

        assertThat(handshakeStatus("?access_token=" + key(t)))
                .as("an API key is never taken from the query")
                .isEqualTo(401);
        assertThat(handshakeStatus("")).isEqualTo(401);
    }

    private int handshakeStatus(String query) throws Exception {
        var handshake = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .buildAsync(URI.create("ws://localhost:" + port() + "/api/v1/assistant/ws" + query), new Frames());
        try {
            handshake.get(10, TimeUnit.SECONDS).abort();
            return 101;
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(WebSocketHandshakeException.class);
            return ((WebSocketHandshakeException) e.getCause()).getResponse().statusCode();
        }
    }

    @Test
    default void aConversationTakesOneQuestionAtATime() {
        Tenant t = TestTenants.create(platformAdmin(), anonymousClient(), "Limits");
        var first = t.admin().post(ASK, Map.of("question", "how to align the pump?"));
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        String conversation = first.json().get("conversationId").asString();
        var tooSoon = t.admin().post(ASK, Map.of("question", "and the motor?", "conversationId", conversation));
        assertThat(tooSoon.status()).isEqualTo(429);
        assertThat(Integer.parseInt(tooSoon.header("Retry-After"))).isBetween(1, 2);
        assertThat(tooSoon.json().get("detail").asString()).contains("per conversation");
        String fresh = t.admin().post(CONVERSATIONS, Map.of()).json().get("id").asString();
        assertThat(t.admin()
                        .post(ASK, Map.of("question", "and the motor?", "conversationId", fresh))
                        .status())
                .as("a conversation's first question is always answered")
                .isEqualTo(200);
        long turns =
                jdbc().queryForObject("select count(*) from assistant_turns where tenant_id = ?", Long.class, t.id());
        assertThat(turns).isEqualTo(2);
    }

    private static List<String[]> events(String body) {
        List<String[]> events = new ArrayList<>();
        for (String block : body.split("\n\n")) {
            String name = "message";
            List<String> data = new ArrayList<>();
            for (String line : block.split("\n")) {
                if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    String value = line.substring(5);
                    data.add(value.startsWith(" ") ? value.substring(1) : value);
                }
            }
            if (!data.isEmpty() || !name.equals("message")) {
                events.add(new String[] {name, String.join("\n", data)});
            }
        }
        return events;
    }

    /** Collects JSON text frames. */
    final class Frames implements WebSocket.Listener {
        private final List<JsonNode> frames = new ArrayList<>();
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                synchronized (frames) {
                    frames.add(JSON.readTree(partial.toString()));
                    frames.notifyAll();
                }
                partial.setLength(0);
            }
            socket.request(1);
            return CompletableFuture.completedFuture(null);
        }

        /** The frames received so far once one of {@code type} has come (at most 60 s). */
        List<JsonNode> until(String type) throws InterruptedException {
            long deadline = System.currentTimeMillis() + 60_000;
            synchronized (frames) {
                while (frames.stream().noneMatch(f -> f.get("type").asString().equals(type))) {
                    long left = deadline - System.currentTimeMillis();
                    if (left <= 0) {
                        throw new AssertionError("no " + type + " frame in 60 s: " + frames);
                    }
                    frames.wait(left);
                }
                List<JsonNode> out = new ArrayList<>(frames);
                frames.clear();
                return out;
            }
        }
    }

    @Test
    default void aQuestionAskedAsAJobIsAnsweredAsItsCaller() throws Exception {
        Tenant t = TestTenants.create(platformAdmin(), anonymousClient(), "Async");
        index(t, "conveyor-care.md", CONVEYOR_CARE);
        Api technician = user(t, "TECHNICIAN");
        var refused = technician.post(ASK + "?async=true", Map.of("question", " "));
        assertThat(refused.status()).as("checked before any job is queued").isEqualTo(400);

        String question = "How often must the conveyor drive chain be lubricated?";
        var started = technician.post(ASK + "?async=true", Map.of("question", question));
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        String jobId = started.json().get("id").asString();
        assertThat(started.header("Location")).isEqualTo("/api/v1/jobs/" + jobId);
        assertThat(started.json().get("type").asString()).isEqualTo("assistant-ask");

        JsonNode job = awaitJob(technician, jobId);
        assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("completed");
        JsonNode result = job.get("result");
        assertThat(result.get("answer").asString()).contains("40").contains("[1]");
        assertThat(result.get("citations").size()).isPositive();
        assertThat(result.get("citations").get(0).get("title").asString()).isNotBlank();
        String conversation = result.get("conversationId").asString();
        JsonNode turns =
                technician.get(CONVERSATIONS + "/" + conversation).json().get("turns");
        assertThat(turns.size()).isEqualTo(1);
        assertThat(turns.get(0).get("question").asString()).isEqualTo(question);

        Tenant other = TestTenants.create(platformAdmin(), anonymousClient(), "AsyncOther");
        assertThat(other.admin().get("/api/v1/jobs/" + jobId).status()).isEqualTo(404);
    }

    @Test
    default void voiceQuestionsNeedASpeechServer() {
        Tenant t = TestTenants.create(platformAdmin(), anonymousClient(), "NoVoice");
        String voice = ASK + "/voice";
        var noServer = t.admin()
                .upload(voice, "audio", Map.of("question.wav", Recordings.silentWav(200)), Map.of("language", "es"));
        assertThat(noServer.status()).as(noServer.toString()).isEqualTo(503);
        assertThat(noServer.json().get("detail").asString()).contains("MILLWRIGHT_STT_BASE_URL");
        var spanish =
                t.admin().spanish().upload(voice, "audio", Map.of("question.wav", Recordings.silentWav(200)), Map.of());
        assertThat(spanish.json().get("detail").asString())
                .contains("voz a texto")
                .contains("MILLWRIGHT_STT_BASE_URL");
        var png = t.admin().upload(voice, "audio", Map.of("photo.wav", Recordings.PNG), Map.of());
        assertThat(png.status()).as("the bytes decide, not the name").isEqualTo(415);
        assertThat(t.admin()
                        .upload(voice, "audio", Map.of("empty.wav", new byte[0]), Map.of())
                        .status())
                .isEqualTo(400);
        assertThat(t.admin()
                        .upload(voice, "audio", Map.of(), Map.of("language", "es"))
                        .status())
                .isEqualTo(400);
        assertThat(t.admin().get(CONVERSATIONS).json().get("totalItems").asInt())
                .as("nothing is stored")
                .isZero();
    }

    /** Notes written for these tests (not taken from any manual). */
    String CONVEYOR_CARE = """
            # Conveyor care

            ## Drive chain lubrication

            The conveyor drive chain must be lubricated every 40 operating hours with food-grade chain oil.
            Wipe the old grease off the chain before the new oil is applied.

            ## Belt tension

            Check the belt tension every week: the belt should deflect about 15 mm at mid-span.
            """;

    /** Uploads one Markdown document and waits until it is indexed. */
    static void index(Tenant t, String name, String markdown) throws InterruptedException {
        var upload = t.admin()
                .upload(
                        "/api/v1/knowledge/documents",
                        Map.of(name, markdown.getBytes(StandardCharsets.UTF_8)),
                        Map.of());
        assertThat(upload.status()).as(upload.toString()).isEqualTo(202);
        for (JsonNode u : upload.json()) {
            JsonNode job = awaitJob(t.admin(), u.get("document").get("jobId").asString());
            assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("completed");
        }
    }

    /** A tenant with both real manuals indexed, made once per running server and shared by the tests. */
    private Tenant manuals(String label) throws Exception {
        assumeThat(MANUALS)
                .as("the shared manuals are beside the repository in CI (../shared/data/manuals)")
                .exists();
        synchronized (MANUAL_TENANTS) {
            Tenant cached = MANUAL_TENANTS.get(port());
            if (cached != null) {
                return cached;
            }
            Tenant t = TestTenants.create(platformAdmin(), anonymousClient(), "Manuals" + label);
            Map<String, byte[]> files = new HashMap<>();
            files.put(SPANISH_MANUAL.getFileName().toString(), Files.readAllBytes(SPANISH_MANUAL));
            files.put(ENGLISH_MANUAL.getFileName().toString(), Files.readAllBytes(ENGLISH_MANUAL));
            var upload = t.admin().upload("/api/v1/knowledge/documents", files, Map.of());
            assertThat(upload.status()).as(upload.toString()).isEqualTo(202);
            for (JsonNode u : upload.json()) {
                JsonNode job =
                        awaitJob(t.admin(), u.get("document").get("jobId").asString());
                assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("completed");
            }
            MANUAL_TENANTS.put(port(), t);
            return t;
        }
    }

    /** Waits for a job; the first ingest of a server loads the embedding model, so allow minutes. */
    static JsonNode awaitJob(Api api, String id) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 240_000;
        while (System.currentTimeMillis() < deadline) {
            JsonNode job = api.get("/api/v1/jobs/" + id).json();
            String state = job.get("state").asString();
            if (state.equals("completed") || state.equals("failed")) {
                return job;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("job " + id + " did not finish in 240 s");
    }

    private static int lineOf(Path file, String text) throws Exception {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " is not in " + file);
    }

    private Api user(Tenant t, String role) {
        String email =
                role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@" + t.slug() + ".test";
        var created = t.admin()
                .post(
                        "/api/v1/admin/users",
                        Map.of("email", email, "displayName", role, "password", "password-123456", "role", role));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var login = anonymousClient().post("/api/v1/auth/token", Map.of("email", email, "password", "password-123456"));
        return anonymousClient().withBearer(login.json().get("accessToken").asString());
    }

    private String key(Tenant t) {
        var key = t.admin()
                .post("/api/v1/admin/api-keys", Map.of("name", "ws " + UUID.randomUUID(), "role", "TECHNICIAN"));
        return key.json().get("value").asString();
    }
}
