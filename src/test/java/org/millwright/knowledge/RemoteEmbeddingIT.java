package org.millwright.knowledge;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.millwright.platform.PlatformStorageContract;
import org.millwright.support.IntegrationTest;
import org.millwright.support.TestTenants;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The server with an OpenAI-compatible embedding server (WireMock): a refused key fails the
 * document with its reason instead of leaving it processing, a working server indexes and
 * searches, and a rebuild re-embeds passages of the previous model through it.
 */
class RemoteEmbeddingIT extends IntegrationTest {

    static final String MODEL = "test-embed";
    static final WireMockServer EMBEDDINGS = startEmbeddingServer();

    static WireMockServer startEmbeddingServer() {
        WireMockServer server =
                new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        return server;
    }

    @DynamicPropertySource
    static void embeddingServer(DynamicPropertyRegistry registry) {
        registry.add("millwright.knowledge.embedding.provider", () -> "openai");
        registry.add("millwright.knowledge.embedding.base-url", () -> EMBEDDINGS.baseUrl() + "/v1");
        registry.add("millwright.knowledge.embedding.model", () -> MODEL);
        registry.add("millwright.knowledge.embedding.api-key", () -> "sk-it");
    }

    @AfterAll
    static void stopEmbeddingServer() {
        EMBEDDINGS.stop();
    }

    @BeforeEach
    void resetEmbeddingServer() {
        EMBEDDINGS.resetAll();
    }

    /** Every request embeds one text (a short note is one passage; a query is one text). */
    static void answerWithOneVector() {
        EMBEDDINGS.stubFor(post("/v1/embeddings")
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"object\":\"list\",\"data\":[{\"object\":\"embedding\",\"index\":0,"
                                + "\"embedding\":[0.5,0.5,0.5,0.5]}],\"model\":\"" + MODEL + "\","
                                + "\"usage\":{\"prompt_tokens\":5,\"total_tokens\":5}}")));
    }

    @Test
    void aRefusedKeyFailsTheDocumentWithTheReason() {
        EMBEDDINGS.stubFor(post("/v1/embeddings")
                .willReturn(aResponse()
                        .withStatus(401)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"message\":\"Incorrect API key provided\","
                                + "\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}")));
        var t = TestTenants.create(platformAdmin(), anonymousClient(), "Refused");
        var note = t.admin().post("/api/v1/knowledge/notes", Map.of("text", "Grease the conveyor bearings weekly."));
        assertThat(note.status()).isEqualTo(202);

        JsonNode job = PlatformStorageContract.awaitJob(
                t.admin(), note.json().get("document").get("jobId").asString());
        assertThat(job.get("state").asString()).isEqualTo("failed");
        assertThat(job.get("error").asString()).contains("openai:" + MODEL).contains("401");
        JsonNode doc = t.admin()
                .get("/api/v1/knowledge/documents/"
                        + note.json().get("document").get("id").asString())
                .json();
        assertThat(doc.get("status").asString()).isEqualTo("failed");
        assertThat(doc.get("statusReason").asString()).contains("HTTP 401").contains("API key");
        EMBEDDINGS.verify(
                postRequestedFor(urlEqualTo("/v1/embeddings")).withHeader("Authorization", equalTo("Bearer sk-it")));
    }

    @Test
    void aWorkingServerIndexesAndARebuildReembedsPassagesOfThePreviousModel() {
        answerWithOneVector();
        var t = TestTenants.create(platformAdmin(), anonymousClient(), "Remote");
        String text = "Grease the conveyor bearings every week.";
        var note = t.admin().post("/api/v1/knowledge/notes", Map.of("title", "Conveyor", "text", text));
        JsonNode job = PlatformStorageContract.awaitJob(
                t.admin(), note.json().get("document").get("jobId").asString());
        assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("completed");
        String documentId = note.json().get("document").get("id").asString();
        var ingested = EMBEDDINGS.findAll(postRequestedFor(urlEqualTo("/v1/embeddings")));
        assertThat(ingested).hasSize(1);
        String ingestBody = ingested.getFirst().getBodyAsString();
        assertThat(ingestBody).contains(MODEL).contains(text);

        var hits = t.admin()
                .get("/api/v1/knowledge/search?mode=vector&q=lubrication")
                .json();
        assertThat(hits.size()).isEqualTo(1);
        assertThat(hits.get(0).get("documentId").asString()).isEqualTo(documentId);

        // as if the passage had been embedded by the bundled model before the switch to this server
        jdbc().update(
                        "update knowledge_chunks set embedding_model = 'all-minilm-l6-v2-q' where document_id = ?",
                        UUID.fromString(documentId));
        EMBEDDINGS.resetRequests();
        var rebuild = t.admin().post("/api/v1/knowledge/reindex", null);
        assertThat(rebuild.status()).as(rebuild.toString()).isEqualTo(202);
        JsonNode done = PlatformStorageContract.awaitJob(
                t.admin(), rebuild.json().get("id").asString());
        assertThat(done.get("state").asString()).as(done.toString()).isEqualTo("completed");
        assertThat(done.get("result").get("reembedded").asInt()).isEqualTo(1);
        assertThat(done.get("result").get("model").asString()).isEqualTo("openai:" + MODEL);
        // the rebuild embeds exactly what ingest embedded (same text recipe, same request)
        EMBEDDINGS.verify(1, postRequestedFor(urlEqualTo("/v1/embeddings")));
        EMBEDDINGS.verify(postRequestedFor(urlEqualTo("/v1/embeddings")).withRequestBody(equalToJson(ingestBody)));
        assertThat(jdbc().queryForObject(
                                "select embedding_model from knowledge_chunks where document_id = ?",
                                String.class,
                                UUID.fromString(documentId)))
                .isEqualTo("openai:" + MODEL);
    }
}
