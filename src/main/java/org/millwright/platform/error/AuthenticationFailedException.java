package org.millwright.platform.error;

import java.time.Duration;

/** Login or token refused. Carries how long to wait when the account is locked. */
public class AuthenticationFailedException extends DomainException {

    private final Duration retryAfter;

    public AuthenticationFailedException(String messageKey, Duration retryAfter, Object... args) {
        super(messageKey, args);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
