package org.millwright.inference.internal.speech;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.millwright.inference.AudioClip;
import org.millwright.inference.InferenceException;
import org.millwright.inference.InferenceException.Reason;
import org.millwright.inference.internal.SpeechSettings;
import org.millwright.inference.internal.resilience.Backoff;
import org.millwright.inference.internal.resilience.CircuitBreakers;
import org.millwright.inference.internal.resilience.Resilience;
import tools.jackson.databind.json.JsonMapper;

/** Speech to text against a fake OpenAI-compatible {@code /v1/audio/transcriptions}. */
class SpeechGatewayWireMockTest {

    static final WireMockServer SERVER =
            new WireMockServer(WireMockConfiguration.options().dynamicPort());
    static final byte[] AUDIO = {82, 73, 70, 70, 1, 2, 3, 4, 87, 65, 86, 69};
    static final String PATH = "/v1/audio/transcriptions";

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

    static SpeechGateway gateway(String apiKey, Duration timeout, int retries) {
        return new SpeechGateway(
                new SpeechSettings(SERVER.baseUrl(), "whisper-1", apiKey, timeout),
                new Resilience(
                        new CircuitBreakers(5, Duration.ofSeconds(30), Clock.systemUTC()),
                        retries,
                        new Backoff(Duration.ofMillis(10), Duration.ofMillis(20))),
                JsonMapper.builder().build());
    }

    @Test
    void aClipIsSentAsMultipartAndItsTextReturned() {
        SERVER.stubFor(post(PATH)
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"text\":\" La bomba pierde aceite. \"}")));
        var heard = gateway("sk-stt", Duration.ofSeconds(5), 0)
                .transcribe(new AudioClip(AUDIO, "question.wav", "audio/wav", "es"));
        assertThat(heard.text()).isEqualTo("La bomba pierde aceite.");
        assertThat(heard.language()).isNull();
        SERVER.verify(postRequestedFor(urlEqualTo(PATH))
                .withHeader("Authorization", equalTo("Bearer sk-stt"))
                .withAnyRequestBodyPart(aMultipart("file")
                        .withHeader("Content-Type", equalTo("audio/wav"))
                        .withBody(binaryEqualTo(AUDIO)))
                .withAnyRequestBodyPart(aMultipart("model").withBody(equalTo("whisper-1")))
                .withAnyRequestBodyPart(aMultipart("language").withBody(equalTo("es")))
                .withAnyRequestBodyPart(aMultipart("response_format").withBody(equalTo("json"))));
    }

    @Test
    void noKeyNoLanguageAndAReportedLanguage() {
        SERVER.stubFor(post(PATH)
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"text\":\"Check the valve\",\"language\":\"english\"}")));
        var heard =
                gateway("", Duration.ofSeconds(5), 0).transcribe(new AudioClip(AUDIO, "q.webm", "audio/webm", null));
        assertThat(heard.text()).isEqualTo("Check the valve");
        assertThat(heard.language()).isEqualTo("english");
        SERVER.verify(postRequestedFor(urlEqualTo(PATH)).withHeader("Authorization", absent()));
        assertThat(SERVER.findAll(postRequestedFor(urlEqualTo(PATH))).getFirst().getBodyAsString())
                .doesNotContain("name=\"language\"");
    }

    @Test
    void aServerErrorIsRetried() {
        SERVER.stubFor(post(PATH)
                .inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503))
                .willSetStateTo("up"));
        SERVER.stubFor(post(PATH)
                .inScenario("flaky")
                .whenScenarioStateIs("up")
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"text\":\"ok\"}")));
        assertThat(gateway("", Duration.ofSeconds(5), 2)
                        .transcribe(new AudioClip(AUDIO, "q.wav", "audio/wav", null))
                        .text())
                .isEqualTo("ok");
        SERVER.verify(2, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void aRefusedClipIsRejectedWithoutRetry() {
        SERVER.stubFor(post(PATH)
                .willReturn(aResponse().withStatus(415).withBody("{\"error\":{\"message\":\"Invalid file format\"}}")));
        assertThatThrownBy(() -> gateway("", Duration.ofSeconds(5), 3)
                        .transcribe(new AudioClip(AUDIO, "q.xyz", "application/octet-stream", null)))
                .isInstanceOfSatisfying(InferenceException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.REJECTED);
                    assertThat(e.getMessage()).contains("415").contains("Invalid file format");
                });
        SERVER.verify(1, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void anAnswerWithoutTextIsMalformed() {
        SERVER.stubFor(post(PATH)
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"txt\":1}")));
        assertThatThrownBy(() -> gateway("", Duration.ofSeconds(5), 3)
                        .transcribe(new AudioClip(AUDIO, "q.wav", "audio/wav", null)))
                .isInstanceOfSatisfying(
                        InferenceException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_RESPONSE));
        SERVER.verify(1, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void aSlowServerTimesOut() {
        SERVER.stubFor(post(PATH)
                .willReturn(aResponse().withBody("{\"text\":\"late\"}").withFixedDelay(6000)));
        long start = System.nanoTime();
        assertThatThrownBy(() -> gateway("", Duration.ofMillis(400), 0)
                        .transcribe(new AudioClip(AUDIO, "q.wav", "audio/wav", null)))
                .isInstanceOfSatisfying(
                        InferenceException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TIMEOUT));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(3000));
    }
}
