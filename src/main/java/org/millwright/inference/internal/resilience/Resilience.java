package org.millwright.inference.internal.resilience;

import java.util.function.BooleanSupplier;
import org.millwright.inference.InferenceException;
import org.millwright.inference.InferenceException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a call to a model server through its circuit breaker, retrying retriable failures with
 * backoff. An open circuit fails the call at once without touching the network.
 */
public final class Resilience {

    private static final Logger log = LoggerFactory.getLogger(Resilience.class);
    private final CircuitBreakers circuits;
    private final int retries;
    private final Backoff backoff;

    public Resilience(CircuitBreakers circuits, int retries, Backoff backoff) {
        this.circuits = circuits;
        this.retries = retries;
        this.backoff = backoff;
    }

    /** One attempt of a call: its result, or an {@link AttemptFailed}. */
    @FunctionalInterface
    public interface Attempt<T> {
        T run() throws AttemptFailed;
    }

    /** An attempt that failed, with what it means and the text it had streamed. */
    public static final class AttemptFailed extends Exception {
        private final transient Failure failure;
        private final String partialText;

        public AttemptFailed(Failure failure, String partialText, Throwable cause) {
            super(failure.message(), cause);
            this.failure = failure;
            this.partialText = partialText == null ? "" : partialText;
        }

        public Failure failure() {
            return failure;
        }

        public String partialText() {
            return partialText;
        }
    }

    /**
     * Runs {@code attempt} against the server at {@code baseUrl}.
     *
     * @param mayRetry asked after a retriable failure whether a new attempt is allowed (a stream
     *     that already delivered text is not retried)
     * @throws InferenceException the last failure's reason, or {@link Reason#CIRCUIT_OPEN}
     */
    public <T> T call(String baseUrl, Attempt<T> attempt, BooleanSupplier mayRetry) {
        CircuitBreaker circuit = circuits.of(baseUrl);
        for (int retry = 0; ; retry++) {
            circuit.acquire();
            try {
                T result = attempt.run();
                circuit.onSuccess();
                return result;
            } catch (AttemptFailed failed) {
                Failure failure = failed.failure();
                if (failure.retriable()) {
                    circuit.onFailure();
                } else {
                    circuit.onSuccess();
                }
                if (!failure.retriable() || retry >= retries || !mayRetry.getAsBoolean()) {
                    throw failure.toException(failed.partialText(), failed.getCause());
                }
                log.info("Model server {} failed ({}); retry {} of {}", baseUrl, failure.message(), retry + 1, retries);
                pause(retry + 1, failed);
            } catch (RuntimeException e) {
                circuit.onSuccess();
                throw e;
            }
        }
    }

    private void pause(int retry, AttemptFailed failed) {
        try {
            Thread.sleep(backoff.before(retry));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed.failure().toException(failed.partialText(), failed.getCause());
        }
    }
}
