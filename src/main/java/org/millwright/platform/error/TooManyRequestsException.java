package org.millwright.platform.error;

import java.time.Duration;

/**
 * A limit was reached (a rate limit, a quota). Answered 429, with {@code Retry-After} when the
 * wait is known.
 */
public class TooManyRequestsException extends DomainException {

    private final Duration retryAfter;

    public TooManyRequestsException(String messageKey, Duration retryAfter, Object... args) {
        super(messageKey, args);
        this.retryAfter = retryAfter;
    }

    /** How long to wait before trying again, or null when unknown. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
