package org.millwright.inference.internal.resilience;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.millwright.inference.InferenceException;
import org.millwright.inference.InferenceException.Reason;

/**
 * The circuit of one model server. Closed, it lets calls through and counts consecutive failed
 * attempts; at the threshold it opens and refuses calls at once for the open duration; then one
 * probe call is let through (half-open): its success closes the circuit, its failure opens it again.
 */
public final class CircuitBreaker {

    /** The states a circuit passes through. */
    public enum State {
        CLOSED,
        OPEN,
        HALF_OPEN
    }

    private final String server;
    private final int threshold;
    private final Duration openDuration;
    private final Clock clock;
    private State state = State.CLOSED;
    private int failures;
    private Instant openUntil = Instant.MIN;
    private boolean probing;

    CircuitBreaker(String server, int threshold, Duration openDuration, Clock clock) {
        this.server = server;
        this.threshold = threshold;
        this.openDuration = openDuration;
        this.clock = clock;
    }

    /**
     * Admits one attempt or refuses it.
     *
     * @throws InferenceException {@link Reason#CIRCUIT_OPEN} while open, or while the probe of a
     *     half-open circuit is under way
     */
    public synchronized void acquire() {
        if (state == State.OPEN && !clock.instant().isBefore(openUntil)) {
            state = State.HALF_OPEN;
            probing = false;
        }
        if (state == State.OPEN || (state == State.HALF_OPEN && probing)) {
            throw new InferenceException(
                    Reason.CIRCUIT_OPEN,
                    "circuit open for " + server + " after " + threshold + " consecutive failures");
        }
        if (state == State.HALF_OPEN) {
            probing = true;
        }
    }

    /** The admitted attempt reached the server and got an answer (even a refusal). */
    public synchronized void onSuccess() {
        state = State.CLOSED;
        failures = 0;
        probing = false;
    }

    /** The admitted attempt failed for a reason of the server (unreachable, timeout, 429, 5xx). */
    public synchronized void onFailure() {
        failures++;
        if (state == State.HALF_OPEN || failures >= threshold) {
            state = State.OPEN;
            openUntil = clock.instant().plus(openDuration);
            probing = false;
        }
    }

    public synchronized State state() {
        if (state == State.OPEN && !clock.instant().isBefore(openUntil)) {
            return State.HALF_OPEN;
        }
        return state;
    }
}
