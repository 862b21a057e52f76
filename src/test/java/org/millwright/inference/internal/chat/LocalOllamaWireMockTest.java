package org.millwright.inference.internal.chat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.millwright.inference.internal.ChatSettings;
import tools.jackson.databind.json.JsonMapper;

/** Detection of a local Ollama ({@code GET /api/tags}) and the model chosen from it. */
class LocalOllamaWireMockTest {

    static final WireMockServer SERVER =
            new WireMockServer(WireMockConfiguration.options().dynamicPort());
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String TAGS = "{\"models\":[{\"name\":\"qwen2.5:7b\",\"model\":\"qwen2.5:7b\",\"size\":4683087332},"
            + "{\"name\":\"llama3.2:latest\",\"model\":\"llama3.2:latest\",\"size\":2019393189}]}";

    @BeforeAll
    static void start() {
        SERVER.start();
    }

    @AfterAll
    static void stop() {
        SERVER.stop();
    }

    @BeforeEach
    void reset() {
        SERVER.resetAll();
    }

    static ChatSettings settings(String provider, String model) {
        return new ChatSettings(
                provider,
                "",
                model,
                "",
                Duration.ofSeconds(30),
                Duration.ofSeconds(15),
                0.2,
                1024,
                true,
                SERVER.baseUrl(),
                Duration.ofSeconds(1));
    }

    @Test
    void theFirstListedModelIsUsedWhenNoneIsConfigured() throws InterruptedException {
        SERVER.stubFor(get("/api/tags")
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(TAGS)));
        LocalOllama ollama = new LocalOllama(SERVER.baseUrl() + "/", "", Duration.ofSeconds(1), JSON);
        ollama.detectInBackground().join(5000);
        assertThat(ollama.model()).contains("qwen2.5:7b");
        ModelTarget target =
                new ModelSelection(settings("", ""), null, ollama).target().orElseThrow();
        assertThat(target.provider()).isEqualTo("ollama");
        assertThat(target.baseUrl()).isEqualTo(SERVER.baseUrl());
        assertThat(target.model()).isEqualTo("qwen2.5:7b");
        assertThat(target.source()).isEqualTo("detected");
    }

    @Test
    void theConfiguredModelIsPreferred() {
        SERVER.stubFor(get("/api/tags").willReturn(aResponse().withBody(TAGS)));
        LocalOllama ollama = new LocalOllama(SERVER.baseUrl(), "llama3.2:latest", Duration.ofSeconds(1), JSON);
        assertThat(ollama.detect()).isTrue();
        assertThat(ollama.model()).contains("llama3.2:latest");
    }

    @Test
    void noModelsAnErrorOrGarbageDetectNothing() {
        SERVER.stubFor(get("/api/tags").willReturn(aResponse().withBody("{\"models\":[]}")));
        assertThat(new LocalOllama(SERVER.baseUrl(), "", Duration.ofSeconds(1), JSON).detect())
                .isFalse();
        SERVER.stubFor(get("/api/tags").willReturn(aResponse().withStatus(500)));
        assertThat(new LocalOllama(SERVER.baseUrl(), "", Duration.ofSeconds(1), JSON).detect())
                .isFalse();
        SERVER.stubFor(get("/api/tags").willReturn(aResponse().withBody("<html>")));
        LocalOllama garbage = new LocalOllama(SERVER.baseUrl(), "", Duration.ofSeconds(1), JSON);
        assertThat(garbage.detect()).isFalse();
        assertThat(new ModelSelection(settings("", ""), null, garbage).target()).isEmpty();
    }

    @Test
    void aSilentServerIsGivenUpWithinTheTimeoutAndNothingAnsweringIsNoModel() throws IOException {
        SERVER.stubFor(get("/api/tags").willReturn(aResponse().withBody(TAGS).withFixedDelay(3000)));
        long start = System.nanoTime();
        assertThat(new LocalOllama(SERVER.baseUrl(), "", Duration.ofMillis(300), JSON).detect())
                .isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2000));
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        assertThat(new LocalOllama("http://127.0.0.1:" + port, "", Duration.ofSeconds(1), JSON).detect())
                .isFalse();
    }

    @Test
    void aConfiguredProviderIsNeverReplacedByADetectedOne() {
        SERVER.stubFor(get("/api/tags").willReturn(aResponse().withBody(TAGS)));
        LocalOllama ollama = new LocalOllama(SERVER.baseUrl(), "", Duration.ofSeconds(1), JSON);
        ollama.detect();
        assertThat(new ModelSelection(settings("openai", ""), null, ollama).target())
                .as("provider set but no model: nothing, not the detected one")
                .isEmpty();
        ModelTarget global = new ModelSelection(settings("openai", "gpt-4o-mini"), null, ollama)
                .target()
                .orElseThrow();
        assertThat(global.baseUrl()).isEqualTo("https://api.openai.com/v1");
        assertThat(global.source()).isEqualTo("global");
    }
}
