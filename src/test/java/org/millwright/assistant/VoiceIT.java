package org.millwright.assistant;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
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
import org.millwright.support.Api;
import org.millwright.support.IntegrationTest;
import org.millwright.support.TestTenants;
import org.millwright.support.TestTenants.Tenant;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Voice questions against an OpenAI-compatible speech-to-text server (WireMock): a Spanish
 * recording is transcribed and answered from the knowledge base like a typed question; bad
 * recordings are refused before the server is called; a failing or silent transcription is a
 * clear problem. The speech server is a global setting, so this class has its own server.
 */
@TestPropertySource(properties = "millwright.assistant.voice.max-audio-size=64KB")
class VoiceIT extends IntegrationTest {

    static final WireMockServer SPEECH = start();
    static final String VOICE = "/api/v1/assistant/ask/voice";
    static final String TRANSCRIPTIONS = "/v1/audio/transcriptions";

    /** Notes written for this test (not taken from any manual). */
    static final String CUIDADO_TRANSPORTADOR = """
            # Cuidado del transportador

            ## Lubricación de la cadena

            La cadena del transportador se lubrica cada 40 horas de operación con aceite de grado alimentario.
            Antes de aplicar el aceite nuevo se limpia la grasa vieja de la cadena.

            ## Tensión de la correa

            La tensión de la correa se revisa cada semana: la correa debe ceder unos 15 mm en el centro.
            """;

    static WireMockServer start() {
        WireMockServer server =
                new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        return server;
    }

    @DynamicPropertySource
    static void speechServer(DynamicPropertyRegistry registry) {
        registry.add("millwright.inference.speech.base-url", SPEECH::baseUrl);
        registry.add("millwright.inference.speech.model", () -> "test-whisper");
    }

    @AfterAll
    static void stop() {
        SPEECH.stop();
    }

    @BeforeEach
    void reset() {
        SPEECH.resetAll();
    }

    private static void transcribeAs(String text) {
        SPEECH.stubFor(post(TRANSCRIPTIONS)
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"text\":\"" + text + "\",\"language\":\"spanish\"}")));
    }

    @Test
    void aSpanishRecordingIsTranscribedAndAnsweredWithCitations() throws Exception {
        Tenant t = TestTenants.create(platformAdmin(), anonymousClient(), "Voice");
        AssistantContract.index(t, "cuidado-transportador.md", CUIDADO_TRANSPORTADOR);
        String question = "¿Cada cuántas horas se lubrica la cadena del transportador?";
        transcribeAs(question);

        var answer = t.admin()
                .upload(VOICE, "audio", Map.of("pregunta.wav", Recordings.silentWav(500)), Map.of("language", "es"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode a = answer.json();
        assertThat(a.get("transcription").get("text").asString()).isEqualTo(question);
        assertThat(a.get("transcription").get("language").asString()).isEqualTo("spanish");
        assertThat(a.get("language").asString()).isEqualTo("es");
        assertThat(a.get("answer").asString()).contains("40").contains("[1]");
        assertThat(a.get("citations").size()).isPositive();
        assertThat(a.get("notCovered").asBoolean()).isFalse();
        SPEECH.verify(postRequestedFor(urlEqualTo(TRANSCRIPTIONS))
                .withAnyRequestBodyPart(aMultipart("language").withBody(equalTo("es")))
                .withAnyRequestBodyPart(aMultipart("model").withBody(equalTo("test-whisper")))
                .withAnyRequestBodyPart(aMultipart("file").withHeader("Content-Type", equalTo("audio/wav"))));

        String conversation = a.get("conversationId").asString();
        JsonNode turns = t.admin()
                .get("/api/v1/assistant/conversations/" + conversation)
                .json()
                .get("turns");
        assertThat(turns.size()).isEqualTo(1);
        assertThat(turns.get(0).get("question").asString())
                .as("the turn is the text heard")
                .isEqualTo(question);

        transcribeAs("¿Y la tensión de la correa cada cuánto se revisa?");
        Thread.sleep(2100); // one question per conversation every 2 s
        var followUp = t.admin()
                .upload(
                        VOICE,
                        "audio",
                        Map.of("pregunta.wav", Recordings.silentWav(300)),
                        Map.of("conversationId", conversation));
        assertThat(followUp.status()).as(followUp.toString()).isEqualTo(200);
        assertThat(followUp.json().get("conversationId").asString()).isEqualTo(conversation);
    }

    @Test
    void badRecordingsAreRefusedBeforeTheSpeechServerIsCalled() {
        Tenant t = TestTenants.create(platformAdmin(), anonymousClient(), "VoiceBad");
        transcribeAs("¿Qué aceite lleva la cadena?");
        Api admin = t.admin();

        var png = admin.upload(VOICE, "audio", Map.of("pregunta.wav", Recordings.PNG), Map.of());
        assertThat(png.status()).as(png.toString()).isEqualTo(415);
        assertThat(png.header("Content-Type")).startsWith("application/problem+json");
        var empty = admin.upload(VOICE, "audio", Map.of("pregunta.wav", new byte[0]), Map.of());
        assertThat(empty.status()).as(empty.toString()).isEqualTo(400);
        var tooLarge = admin.upload(VOICE, "audio", Map.of("pregunta.wav", Recordings.silentWav(3000)), Map.of());
        assertThat(tooLarge.status()).as(tooLarge.toString()).isEqualTo(413);
        assertThat(tooLarge.json().get("detail").asString()).contains("64");
        var language = admin.upload(
                VOICE, "audio", Map.of("pregunta.wav", Recordings.silentWav(100)), Map.of("language", "fr"));
        assertThat(language.status()).isEqualTo(400);
        var stranger = admin.upload(
                VOICE,
                "audio",
                Map.of("pregunta.wav", Recordings.silentWav(100)),
                Map.of("conversationId", UUID.randomUUID().toString()));
        assertThat(stranger.status()).isEqualTo(404);

        SPEECH.verify(0, postRequestedFor(urlEqualTo(TRANSCRIPTIONS)));
        assertThat(admin.get("/api/v1/assistant/conversations")
                        .json()
                        .get("totalItems")
                        .asInt())
                .isZero();
    }

    @Test
    void aFailedOrSilentTranscriptionIsAClearProblem() {
        Tenant t = TestTenants.create(platformAdmin(), anonymousClient(), "VoiceFail");
        transcribeAs("  ");
        var silent = t.admin().upload(VOICE, "audio", Map.of("pregunta.wav", Recordings.silentWav(100)), Map.of());
        assertThat(silent.status()).as(silent.toString()).isEqualTo(422);

        SPEECH.resetAll();
        SPEECH.stubFor(post(TRANSCRIPTIONS)
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"message\":\"unsupported file\"}}")));
        var failed = t.admin().upload(VOICE, "audio", Map.of("pregunta.wav", Recordings.silentWav(100)), Map.of());
        assertThat(failed.status()).as(failed.toString()).isEqualTo(503);
        assertThat(failed.json().get("detail").asString()).contains("REJECTED");
        assertThat(t.admin()
                        .get("/api/v1/assistant/conversations")
                        .json()
                        .get("totalItems")
                        .asInt())
                .isZero();
    }
}
