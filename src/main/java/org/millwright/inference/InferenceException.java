package org.millwright.inference;

/**
 * A chat or transcription that gave no answer, and why. Callers fall back (the assistant answers
 * extractively) or report it; {@link Reason#QUOTA_EXCEEDED} is the tenant's own limit and is shown
 * to the user as such.
 */
public class InferenceException extends RuntimeException {

    /** Why no answer came. */
    public enum Reason {
        /** No model (or speech server) is configured. */
        NOT_CONFIGURED,
        /** The tenant's monthly token quota is spent. */
        QUOTA_EXCEEDED,
        /** The circuit is open after repeated failures: the server was not called. */
        CIRCUIT_OPEN,
        /** No answer within the timeout. */
        TIMEOUT,
        /** The server could not be reached or failed (connection refused, 5xx) after retries. */
        UNAVAILABLE,
        /** The server refused the request (4xx other than 429). */
        REJECTED,
        /** The server answered something that is not a valid response. */
        MALFORMED_RESPONSE
    }

    private final Reason reason;
    private final String partialText;

    public InferenceException(Reason reason, String message, String partialText, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.partialText = partialText == null ? "" : partialText;
    }

    public InferenceException(Reason reason, String message) {
        this(reason, message, "", null);
    }

    public Reason reason() {
        return reason;
    }

    /** Text streamed before the failure (empty when none). */
    public String partialText() {
        return partialText;
    }
}
