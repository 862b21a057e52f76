package org.millwright.inference;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.millwright.inference.InferenceException.Reason;
import org.millwright.inference.internal.QuotaGate;
import org.millwright.platform.tenancy.TenantContext;
import org.millwright.support.IntegrationTest;
import org.millwright.support.RecordedEvents;
import org.millwright.support.TestTenants;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The inference module in the running server, against a fake Ollama and a fake speech server
 * (WireMock): the tenant's own model configuration through the API, the facade choosing the
 * tenant's or the global model, the quota gates, {@link InferenceRecorded} after every call and
 * the Prometheus meters.
 */
class InferenceIT extends IntegrationTest {

    static final WireMockServer LLM = start();
    static final String SYSTEM = "You answer maintenance questions.";
    static final AtomicReference<UUID> REFUSED_TENANT = new AtomicReference<>();

    static WireMockServer start() {
        WireMockServer server =
                new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        return server;
    }

    @DynamicPropertySource
    static void models(DynamicPropertyRegistry registry) {
        registry.add("millwright.inference.chat.provider", () -> "ollama");
        registry.add("millwright.inference.chat.base-url", LLM::baseUrl);
        registry.add("millwright.inference.chat.model", () -> "llama3.2");
        registry.add("millwright.inference.chat.timeout", () -> "5s");
        registry.add("millwright.inference.resilience.retries", () -> "1");
        registry.add("millwright.inference.resilience.initial-backoff", () -> "10ms");
        registry.add("millwright.inference.resilience.failure-threshold", () -> "100");
        registry.add("millwright.inference.speech.base-url", LLM::baseUrl);
        registry.add("millwright.inference.speech.model", () -> "whisper-large-v3");
        registry.add("millwright.inference.audit.max-prompt-chars", () -> "100");
    }

    /** A quota gate that refuses one tenant, as the usage module's does when its quota is spent. */
    @TestConfiguration
    static class RefusingGate {
        @Bean
        QuotaGate refusingGate() {
            return tenant -> {
                if (tenant.equals(REFUSED_TENANT.get())) {
                    throw new InferenceException(Reason.QUOTA_EXCEEDED, "monthly token quota spent");
                }
            };
        }
    }

    @AfterAll
    static void stop() {
        LLM.stop();
    }

    @BeforeEach
    void reset() {
        LLM.resetAll();
        REFUSED_TENANT.set(null);
    }

    static String line(String content, boolean done, boolean counts) {
        return "{\"model\":\"llama3.2\",\"created_at\":\"2026-01-01T00:00:00Z\",\"message\":{\"role\":\"assistant\","
                + "\"content\":\"" + content + "\"},\"done\":" + done
                + (done ? ",\"done_reason\":\"stop\"" : "")
                + (done && counts ? ",\"prompt_eval_count\":31,\"eval_count\":4" : "")
                + "}\n";
    }

    static void ollamaAt(String path, String answer, boolean counts) {
        LLM.stubFor(post(path)
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/x-ndjson")
                        .withBody(line(answer, false, false) + line("", true, counts))));
    }

    InferenceFacade facade() {
        return bean(InferenceFacade.class);
    }

    static ChatCall call(String question) {
        return new ChatCall(
                "assistant.ask",
                UUID.randomUUID(),
                UUID.randomUUID(),
                List.of(ChatMessage.system(SYSTEM), ChatMessage.user(question)),
                List.of("doc-1#p3"),
                null,
                null);
    }

    @Test
    void aStreamedChatIsPublishedWithItsAuditFieldsAndMetered() {
        ollamaAt("/api/chat", "Replace the seal.", true);
        var t = TestTenants.create(platformAdmin(), anonymousClient(), "Chat");
        ChatCall call = call("Why does the pump leak?");
        List<String> pieces = new CopyOnWriteArrayList<>();
        ChatResult result;
        List<InferenceRecorded> recorded;
        try (var events = RecordedEvents.start(bean(ApplicationEventMulticaster.class))) {
            assertThat(TenantContext.call(t.id(), facade()::chatAvailable)).isTrue();
            result = TenantContext.call(t.id(), () -> facade().stream(call, pieces::add));
            recorded = events.of(InferenceRecorded.class);
        }
        assertThat(pieces).containsExactly("Replace the seal.");
        assertThat(result.text()).isEqualTo("Replace the seal.");
        assertThat(result.provider()).isEqualTo("ollama");
        assertThat(result.model()).isEqualTo("llama3.2");
        assertThat(result.tokensIn()).isEqualTo(31);
        assertThat(result.tokensOut()).isEqualTo(4);
        assertThat(result.tokensEstimated()).isFalse();
        assertThat(result.firstTokenMillis()).isNotNull();

        assertThat(recorded).hasSize(1);
        InferenceRecorded event = recorded.getFirst();
        assertThat(event.tenantId()).isEqualTo(t.id());
        assertThat(event.userId()).isEqualTo(call.userId());
        assertThat(event.conversationId()).isEqualTo(call.conversationId());
        assertThat(event.kind()).isEqualTo("chat");
        assertThat(event.endpoint()).isEqualTo("assistant.ask");
        assertThat(event.provider()).isEqualTo("ollama");
        assertThat(event.model()).isEqualTo("llama3.2");
        assertThat(event.prompt()).isEqualTo("SYSTEM: " + SYSTEM + "\nUSER: Why does the pump leak?");
        assertThat(event.response()).isEqualTo("Replace the seal.");
        assertThat(event.sources()).containsExactly("doc-1#p3");
        assertThat(event.tokensIn()).isEqualTo(31);
        assertThat(event.tokensOut()).isEqualTo(4);
        assertThat(event.tokensEstimated()).isFalse();
        assertThat(event.latencyMillis()).isEqualTo(result.latencyMillis());
        assertThat(event.firstTokenMillis()).isEqualTo(result.firstTokenMillis());
        assertThat(event.status()).isEqualTo("OK");
        assertThat(event.error()).isNull();
        assertThat(event.at()).isNotNull();

        String metrics = admin.get("/actuator/prometheus").text();
        assertThat(metrics)
                .contains("millwright_inference_requests_total{")
                .contains("millwright_inference_tokens_total{")
                .contains("millwright_inference_latency_seconds")
                .contains("millwright_inference_first_token_seconds");
        assertThat(metrics.lines()
                        .filter(l -> l.startsWith("millwright_inference_requests_total{"))
                        .filter(l -> l.contains("tenant=\"" + t.id() + "\""))
                        .filter(l -> l.contains("status=\"OK\""))
                        .filter(l -> l.contains("endpoint=\"assistant.ask\""))
                        .filter(l -> l.contains("model=\"llama3.2\"")))
                .hasSize(1);
        assertThat(metrics.lines()
                        .filter(l -> l.startsWith("millwright_inference_tokens_total{"))
                        .filter(l -> l.contains("tenant=\"" + t.id() + "\""))
                        .filter(l -> l.contains("direction=\"in\"")))
                .singleElement()
                .satisfies(l -> assertThat(l).endsWith(" 31.0"));
    }

    @Test
    void aFailureIsPublishedWithItsReasonAndPromptsAreCutAndTokensEstimated() {
        ollamaAt("/api/chat", "Ok.", false);
        LLM.stubFor(post("/api/chat")
                .withRequestBody(containing("reject me"))
                .atPriority(1)
                .willReturn(aResponse().withStatus(400).withBody("{\"error\":\"refused\"}")));
        var t = TestTenants.create(platformAdmin(), anonymousClient(), "Fail");
        String longQuestion = "x".repeat(500);
        try (var events = RecordedEvents.start(bean(ApplicationEventMulticaster.class))) {
            assertThatThrownBy(() -> TenantContext.call(t.id(), () -> facade().chat(call("please reject me"))))
                    .isInstanceOfSatisfying(
                            InferenceException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.REJECTED));
            ChatResult ok = TenantContext.call(t.id(), () -> facade().chat(call(longQuestion)));
            assertThat(ok.tokensEstimated()).isTrue();
            assertThat(ok.tokensOut()).isEqualTo(1);

            List<InferenceRecorded> recorded = events.of(InferenceRecorded.class);
            assertThat(recorded).extracting(InferenceRecorded::status).containsExactly("REJECTED", "OK");
            assertThat(recorded.getFirst().error()).contains("400").contains("refused");
            assertThat(recorded.getFirst().tokensIn()).isZero();
            InferenceRecorded estimated = recorded.get(1);
            assertThat(estimated.prompt()).hasSize(100).startsWith("SYSTEM: ");
            assertThat(estimated.tokensEstimated()).isTrue();
            assertThat(estimated.tokensIn()).isGreaterThan(500 / 4);
        }
        LLM.verify(1, postRequestedFor(urlEqualTo("/api/chat")).withRequestBody(containing("reject me")));
    }

    @Test
    void aSpentQuotaRefusesBeforeTheModelIsCalled() {
        ollamaAt("/api/chat", "Never sent.", true);
        var t = TestTenants.create(platformAdmin(), anonymousClient(), "Quota");
        REFUSED_TENANT.set(t.id());
        try (var events = RecordedEvents.start(bean(ApplicationEventMulticaster.class))) {
            assertThatThrownBy(() -> TenantContext.call(t.id(), () -> facade().stream(call("Anything?"), p -> {})))
                    .isInstanceOfSatisfying(
                            InferenceException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.QUOTA_EXCEEDED));
            assertThat(events.of(InferenceRecorded.class))
                    .singleElement()
                    .satisfies(e -> assertThat(e.status()).isEqualTo("QUOTA_EXCEEDED"));
        }
        LLM.verify(0, postRequestedFor(urlEqualTo("/api/chat")));
    }

    @Test
    void aTenantsOwnModelReplacesTheGlobalOneUntilRemoved() {
        ollamaAt("/api/chat", "Global answer.", true);
        LLM.stubFor(post("/tenant/v1/chat/completions")
                .willReturn(aResponse()
                        .withHeader("Content-Type", "text/event-stream")
                        .withBody("data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,"
                                + "\"model\":\"qwen\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Tenant answer.\"},"
                                + "\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n")));
        var t = TestTenants.create(platformAdmin(), anonymousClient(), "Own");
        var put = t.admin()
                .put(
                        "/api/v1/inference/config",
                        Map.of(
                                "provider", "openai",
                                "baseUrl", LLM.baseUrl() + "/tenant",
                                "model", "qwen",
                                "apiKey", "sk-tenant-secret",
                                "temperature", 0.1));
        assertThat(put.status()).as(put.toString()).isEqualTo(200);

        ChatResult own = TenantContext.call(t.id(), () -> facade().chat(call("Which?")));
        assertThat(own.text()).isEqualTo("Tenant answer.");
        assertThat(own.provider()).isEqualTo("openai");
        assertThat(own.model()).isEqualTo("qwen");
        LLM.verify(postRequestedFor(urlEqualTo("/tenant/v1/chat/completions"))
                .withHeader(
                        "Authorization",
                        com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer sk-tenant-secret")));

        var other = TestTenants.create(platformAdmin(), anonymousClient(), "Other");
        assertThat(TenantContext.call(other.id(), () -> facade().chat(call("Which?")))
                        .text())
                .isEqualTo("Global answer.");

        assertThat(t.admin().delete("/api/v1/inference/config").status()).isEqualTo(204);
        assertThat(TenantContext.call(t.id(), () -> facade().chat(call("Which?")))
                        .text())
                .isEqualTo("Global answer.");
    }

    @Test
    void configurationIsValidatedAdminOnlyAuditedAndNeverShowsTheKey() {
        var t = TestTenants.create(platformAdmin(), anonymousClient(), "Config");
        String path = "/api/v1/inference/config";
        assertThat(t.admin().get(path).status()).isEqualTo(404);
        assertThat(t.admin().delete(path).status()).isEqualTo(404);

        Map<String, Object> valid = new HashMap<>(Map.of(
                "provider",
                "ollama",
                "baseUrl",
                "http://gpu-box:11434",
                "model",
                "llama3.1:8b",
                "temperature",
                0.3,
                "maxTokens",
                2048,
                "timeoutMs",
                60000));
        for (Map.Entry<String, Object> bad : List.of(
                Map.entry("provider", (Object) "anthropic"),
                Map.entry("provider", (Object) ""),
                Map.entry("baseUrl", (Object) "ftp://gpu-box"),
                Map.entry("baseUrl", (Object) "gpu-box:11434"),
                Map.entry("baseUrl", (Object) "http://"),
                Map.entry("model", (Object) " "),
                Map.entry("temperature", (Object) 2.5),
                Map.entry("temperature", (Object) (-0.1)),
                Map.entry("maxTokens", (Object) 0),
                Map.entry("maxTokens", (Object) 40000),
                Map.entry("timeoutMs", (Object) 500),
                Map.entry("timeoutMs", (Object) 300001))) {
            Map<String, Object> body = new HashMap<>(valid);
            body.put(bad.getKey(), bad.getValue());
            var response = t.admin().put(path, body);
            assertThat(response.status()).as(bad + " " + response).isEqualTo(400);
            assertThat(response.header("Content-Type")).contains("application/problem+json");
        }
        assertThat(t.admin().get(path).status()).as("nothing stored").isEqualTo(404);

        Map<String, Object> withKey = new HashMap<>(valid);
        withKey.put("apiKey", "sk-very-secret-1");
        var created = t.admin().put(path, withKey);
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        assertThat(created.text()).doesNotContain("sk-very-secret-1");
        assertThat(created.json().get("apiKeySet").asBoolean()).isTrue();
        assertThat(created.json().has("apiKey")).isFalse();
        assertThat(created.json().get("model").asString()).isEqualTo("llama3.1:8b");
        assertThat(created.json().get("timeoutMs").asLong()).isEqualTo(60000);
        String stored = jdbc().queryForObject(
                        "select api_key from inference_model_configs where tenant_id = ?", String.class, t.id());
        assertThat(stored).startsWith("v1:").doesNotContain("sk-very-secret-1");

        valid.put("model", "llama3.2");
        var kept = t.admin().put(path, valid);
        assertThat(kept.json().get("apiKeySet").asBoolean())
                .as("an omitted key is kept")
                .isTrue();
        assertThat(t.admin().get(path).json().get("model").asString()).isEqualTo("llama3.2");
        valid.put("apiKey", "");
        assertThat(t.admin().put(path, valid).json().get("apiKeySet").asBoolean())
                .as("an empty key removes it")
                .isFalse();

        var supervisorKey = t.admin().post("/api/v1/admin/api-keys", Map.of("name", "sup", "role", "SUPERVISOR"));
        var supervisor =
                anonymousClient().withKey(supervisorKey.json().get("value").asString());
        assertThat(supervisor.get(path).status()).isEqualTo(403);
        assertThat(supervisor.put(path, valid).status()).isEqualTo(403);
        assertThat(supervisor.delete(path).status()).isEqualTo(403);
        assertThat(anonymousClient().get(path).status()).isEqualTo(401);

        var audit = t.admin().get("/api/v1/admin/audit?size=200").json().get("items");
        Set<String> actions = new java.util.HashSet<>();
        audit.forEach(e -> actions.add(e.get("action").asString()));
        assertThat(actions).contains("inference.config.created", "inference.config.replaced");
        assertThat(audit.toString()).doesNotContain("sk-very-secret-1");

        assertThat(t.admin().delete(path).status()).isEqualTo(204);
        assertThat(t.admin().get(path).status()).isEqualTo(404);
        assertThat(t.admin()
                        .get("/api/v1/admin/audit?action=inference.config.deleted")
                        .json()
                        .get("totalItems")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void speechIsTranscribedAndPublished() {
        LLM.stubFor(post("/v1/audio/transcriptions")
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"text\":\"La bomba 3 vibra.\"}")));
        var t = TestTenants.create(platformAdmin(), anonymousClient(), "Voice");
        assertThat(facade().speechAvailable()).isTrue();
        try (var events = RecordedEvents.start(bean(ApplicationEventMulticaster.class))) {
            Transcription heard = TenantContext.call(
                    t.id(),
                    () -> facade().transcribe(new AudioClip(new byte[] {1, 2, 3}, "q.webm", "audio/webm", "es")));
            assertThat(heard.text()).isEqualTo("La bomba 3 vibra.");
            assertThat(heard.model()).isEqualTo("whisper-large-v3");
            InferenceRecorded event = events.of(InferenceRecorded.class).getFirst();
            assertThat(event.kind()).isEqualTo("transcription");
            assertThat(event.tenantId()).isEqualTo(t.id());
            assertThat(event.model()).isEqualTo("whisper-large-v3");
            assertThat(event.response()).isEqualTo("La bomba 3 vibra.");
            assertThat(event.status()).isEqualTo("OK");
        }
    }
}
