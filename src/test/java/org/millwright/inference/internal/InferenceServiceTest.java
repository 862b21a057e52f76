package org.millwright.inference.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.millwright.inference.AudioClip;
import org.millwright.inference.ChatCall;
import org.millwright.inference.ChatMessage;
import org.millwright.inference.InferenceException;
import org.millwright.inference.InferenceException.Reason;
import org.millwright.inference.InferenceRecorded;
import org.millwright.inference.internal.chat.ChatGateway;
import org.millwright.inference.internal.chat.ChatModels;
import org.millwright.inference.internal.chat.LocalOllama;
import org.millwright.inference.internal.chat.ModelSelection;
import org.millwright.inference.internal.resilience.Backoff;
import org.millwright.inference.internal.resilience.CircuitBreakers;
import org.millwright.inference.internal.resilience.Resilience;
import org.millwright.inference.internal.speech.SpeechGateway;
import tools.jackson.databind.json.JsonMapper;

/** With no chat model and no speech server: nothing available, and every call says so, recorded. */
class InferenceServiceTest {

    final List<Object> events = new CopyOnWriteArrayList<>();
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    InferenceService unconfigured() {
        InferenceSettings settings = new InferenceSettings(
                new ChatSettings(
                        "",
                        "",
                        "",
                        "",
                        Duration.ofSeconds(30),
                        Duration.ofSeconds(15),
                        0.2,
                        1024,
                        false,
                        "http://localhost:11434",
                        Duration.ofSeconds(1)),
                new ResilienceSettings(3, Duration.ofMillis(200), Duration.ofSeconds(5), 5, Duration.ofSeconds(30)),
                new SpeechSettings("", "whisper-1", "", Duration.ofSeconds(60)),
                new AuditSettings(8000, 8000, Duration.ofDays(365)),
                new UsageSettings(0, "USD", java.util.List.of(), Duration.ofSeconds(10)));
        Resilience resilience = new Resilience(
                new CircuitBreakers(5, Duration.ofSeconds(30), Clock.systemUTC()),
                0,
                new Backoff(Duration.ofMillis(1), Duration.ofMillis(1)));
        JsonMapper json = JsonMapper.builder().build();
        return new InferenceService(
                settings,
                new ModelSelection(
                        settings.chat(),
                        null,
                        new LocalOllama("http://localhost:11434", "", Duration.ofSeconds(1), json)),
                new ChatGateway(new ChatModels(), resilience),
                new SpeechGateway(settings.speech(), resilience, json),
                List.of(tenant -> {
                    throw new AssertionError("no quota is asked without a model");
                }),
                events::add,
                new InferenceMetrics(meters),
                Clock.systemUTC());
    }

    @Test
    void noChatModelIsNotConfiguredAndRecorded() {
        InferenceService service = unconfigured();
        assertThat(service.chatAvailable()).isFalse();
        var call = ChatCall.of("assistant.ask", UUID.randomUUID(), null, List.of(ChatMessage.user("Hello?")));
        assertThatThrownBy(() -> service.stream(call, piece -> {}))
                .isInstanceOfSatisfying(
                        InferenceException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_CONFIGURED));
        assertThat(events).singleElement().isInstanceOfSatisfying(InferenceRecorded.class, e -> {
            assertThat(e.status()).isEqualTo("NOT_CONFIGURED");
            assertThat(e.model()).isNull();
            assertThat(e.prompt()).isEqualTo("USER: Hello?");
            assertThat(e.tokensIn()).isZero();
        });
        assertThat(meters.get(InferenceMetrics.REQUESTS)
                        .tag("status", "NOT_CONFIGURED")
                        .counter()
                        .count())
                .isEqualTo(1.0);
    }

    @Test
    void noSpeechServerIsNotConfiguredAndRecorded() {
        InferenceService service = unconfigured();
        assertThat(service.speechAvailable()).isFalse();
        assertThatThrownBy(() -> service.transcribe(new AudioClip(new byte[] {1}, "q.wav", "audio/wav", null)))
                .isInstanceOfSatisfying(
                        InferenceException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_CONFIGURED));
        assertThat(events).singleElement().isInstanceOfSatisfying(InferenceRecorded.class, e -> {
            assertThat(e.kind()).isEqualTo("transcription");
            assertThat(e.status()).isEqualTo("NOT_CONFIGURED");
        });
    }
}
