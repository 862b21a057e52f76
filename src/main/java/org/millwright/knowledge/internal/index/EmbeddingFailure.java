package org.millwright.knowledge.internal.index;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.TimeoutException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import org.millwright.platform.error.UnprocessableException;

/**
 * An embedding model that could not embed (a server that refuses the key, fails, or cannot be
 * reached). Message key {@code knowledge.embedding-failed} with the model id and the reason;
 * {@link #getMessage()} is the same explanation in English for logs and a document's status.
 */
public class EmbeddingFailure extends UnprocessableException {

    private static final int MAX_DETAIL = 300;
    private final String explanation;

    public EmbeddingFailure(String modelId, Throwable cause) {
        this(modelId, reason(cause), cause);
    }

    private EmbeddingFailure(String modelId, String reason, Throwable cause) {
        super("knowledge.embedding-failed", modelId, reason);
        this.explanation = "Embedding model " + modelId + " failed: " + reason;
        initCause(cause);
    }

    @Override
    public String getMessage() {
        return explanation;
    }

    /** A short reason: the HTTP status with a hint when the server answered, else what went wrong. */
    static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            switch (t) {
                case HttpException http -> {
                    return "the server answered HTTP " + http.statusCode() + hint(http.statusCode());
                }
                case ConnectException c -> {
                    return "the server cannot be reached (connection refused or closed)";
                }
                case UnknownHostException u -> {
                    return "unknown host " + u.getMessage();
                }
                case HttpTimeoutException x -> {
                    return "the server did not answer in time";
                }
                case TimeoutException x -> {
                    return "the server did not answer in time";
                }
                default -> {
                    // look further down the chain
                }
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + root.getMessage();
        String reason = root.getClass().getSimpleName() + message;
        return reason.length() > MAX_DETAIL ? reason.substring(0, MAX_DETAIL) : reason;
    }

    private static String hint(int status) {
        return switch (status) {
            case 401, 403 -> " (check the API key)";
            case 404 -> " (check the base URL and the model name)";
            case 429 -> " (rate limited)";
            default -> status >= 500 ? " (server error)" : "";
        };
    }
}
