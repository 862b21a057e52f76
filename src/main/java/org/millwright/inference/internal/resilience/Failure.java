package org.millwright.inference.internal.resilience;

import com.fasterxml.jackson.core.JacksonException;
import dev.langchain4j.exception.HttpException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.concurrent.TimeoutException;
import org.millwright.inference.InferenceException;
import org.millwright.inference.InferenceException.Reason;

/**
 * What a failed call to a model server means: the {@link Reason} and whether another attempt may
 * succeed. Connection failures, timeouts, 429 and 5xx are retriable; other 4xx answers and malformed
 * responses are not (the same request would fail the same way).
 */
public record Failure(Reason reason, boolean retriable, String message) {

    private static final int MAX_MESSAGE = 500;

    public static Failure timeout(String message) {
        return new Failure(Reason.TIMEOUT, true, message);
    }

    public static Failure malformed(String message) {
        return new Failure(Reason.MALFORMED_RESPONSE, false, message);
    }

    /** An answer with this HTTP status (not 2xx) and body. */
    public static Failure ofStatus(int status, String body) {
        String message = "HTTP " + status + (body == null || body.isBlank() ? "" : ": " + cut(body.strip()));
        if (status == 429 || status >= 500) {
            return new Failure(Reason.UNAVAILABLE, true, message);
        }
        if (status == 408) {
            return new Failure(Reason.TIMEOUT, true, message);
        }
        return new Failure(Reason.REJECTED, false, message);
    }

    /** The meaning of an exception thrown by a client library or the JDK HTTP client. */
    public static Failure of(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Failure known = known(t);
            if (known != null) {
                return known;
            }
        }
        return new Failure(Reason.UNAVAILABLE, false, describe(error));
    }

    private static Failure known(Throwable t) {
        return switch (t) {
            case InferenceException e -> new Failure(e.reason(), false, e.getMessage());
            case HttpException e -> ofStatus(e.statusCode(), e.getMessage());
            case dev.langchain4j.exception.TimeoutException e -> timeout(describe(e));
            case HttpConnectTimeoutException e -> new Failure(Reason.UNAVAILABLE, true, describe(e));
            case HttpTimeoutException e -> timeout(describe(e));
            case TimeoutException e -> timeout(describe(e));
            case ConnectException e -> new Failure(Reason.UNAVAILABLE, true, "connection refused: " + describe(e));
            case UnresolvedAddressException e -> new Failure(Reason.UNAVAILABLE, true, "unknown host");
            case JacksonException e -> malformed("malformed response: " + cut(e.getOriginalMessage()));
            case tools.jackson.core.JacksonException e ->
                malformed("malformed response: " + cut(e.getOriginalMessage()));
            case IOException e -> new Failure(Reason.UNAVAILABLE, true, describe(e));
            default -> null;
        };
    }

    public InferenceException toException(String partialText, Throwable cause) {
        return new InferenceException(reason, message, partialText, cause);
    }

    private static String describe(Throwable t) {
        String message = t.getMessage();
        return t.getClass().getSimpleName() + (message == null ? "" : ": " + cut(message));
    }

    private static String cut(String text) {
        if (text == null) {
            return "";
        }
        return text.length() > MAX_MESSAGE ? text.substring(0, MAX_MESSAGE) + "..." : text;
    }
}
