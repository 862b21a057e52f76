package org.millwright.inference.internal.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.millwright.inference.InferenceException;
import org.millwright.inference.InferenceException.Reason;
import org.millwright.inference.internal.resilience.Resilience.AttemptFailed;

/** The circuit's states and the retry rules, on a clock the test moves. */
class CircuitBreakerTest {

    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void opensAtTheThresholdLetsOneProbeThroughAfterTheOpenDurationAndClosesOnItsSuccess() {
        MovableClock clock = new MovableClock();
        CircuitBreaker circuit = new CircuitBreakers(3, Duration.ofSeconds(30), clock).of("http://llm:11434/");
        for (int i = 0; i < 3; i++) {
            circuit.acquire();
            circuit.onFailure();
        }
        assertThat(circuit.state()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThatThrownBy(circuit::acquire)
                .isInstanceOfSatisfying(
                        InferenceException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CIRCUIT_OPEN));

        clock.now = clock.now.plusSeconds(30);
        assertThat(circuit.state()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
        circuit.acquire();
        assertThatThrownBy(circuit::acquire).as("one probe at a time").isInstanceOf(InferenceException.class);
        circuit.onSuccess();
        assertThat(circuit.state()).isEqualTo(CircuitBreaker.State.CLOSED);
        circuit.acquire();
    }

    @Test
    void aFailedProbeOpensAgainAndASuccessResetsTheCount() {
        MovableClock clock = new MovableClock();
        CircuitBreaker circuit = new CircuitBreakers(2, Duration.ofSeconds(10), clock).of("http://llm");
        circuit.onFailure();
        circuit.onSuccess();
        circuit.onFailure();
        assertThat(circuit.state()).as("not consecutive").isEqualTo(CircuitBreaker.State.CLOSED);
        circuit.onFailure();
        assertThat(circuit.state()).isEqualTo(CircuitBreaker.State.OPEN);
        clock.now = clock.now.plusSeconds(10);
        circuit.acquire();
        circuit.onFailure();
        assertThat(circuit.state()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThatThrownBy(circuit::acquire).isInstanceOf(InferenceException.class);
    }

    @Test
    void serversWithAndWithoutV1ShareACircuit() {
        CircuitBreakers circuits = new CircuitBreakers(1, Duration.ofSeconds(10), new MovableClock());
        assertThat(circuits.of("http://Host:8000/v1/")).isSameAs(circuits.of("http://host:8000"));
    }

    @Test
    void retriesOnlyRetriableFailuresWithGrowingBackoff() {
        Resilience resilience = new Resilience(
                new CircuitBreakers(100, Duration.ofSeconds(1), Clock.systemUTC()),
                3,
                new Backoff(Duration.ofMillis(1), Duration.ofMillis(5)));
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> resilience.call(
                        "http://a",
                        () -> {
                            attempts.incrementAndGet();
                            throw new AttemptFailed(Failure.ofStatus(404, "model not found"), "", null);
                        },
                        () -> true))
                .isInstanceOfSatisfying(
                        InferenceException.class, e -> assertThat(e.reason()).isEqualTo(Reason.REJECTED));
        assertThat(attempts).hasValue(1);

        attempts.set(0);
        assertThatThrownBy(() -> resilience.call(
                        "http://b",
                        () -> {
                            attempts.incrementAndGet();
                            throw new AttemptFailed(Failure.ofStatus(502, ""), "", null);
                        },
                        () -> true))
                .isInstanceOfSatisfying(
                        InferenceException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE));
        assertThat(attempts).hasValue(4);

        attempts.set(0);
        assertThatThrownBy(() -> resilience.call(
                        "http://c",
                        () -> {
                            attempts.incrementAndGet();
                            throw new AttemptFailed(Failure.timeout("slow"), "partial", null);
                        },
                        () -> false))
                .isInstanceOfSatisfying(InferenceException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
                    assertThat(e.partialText()).isEqualTo("partial");
                });
        assertThat(attempts).as("text already delivered: no retry").hasValue(1);
    }

    @Test
    void backoffDoublesWithJitterUpToTheMaximum() {
        Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofMillis(1000));
        assertThat(backoff.before(1)).isBetween(Duration.ofMillis(100), Duration.ofMillis(150));
        assertThat(backoff.before(2)).isBetween(Duration.ofMillis(200), Duration.ofMillis(300));
        assertThat(backoff.before(3)).isBetween(Duration.ofMillis(400), Duration.ofMillis(600));
        assertThat(backoff.before(8)).isEqualTo(Duration.ofMillis(1000));
    }
}
