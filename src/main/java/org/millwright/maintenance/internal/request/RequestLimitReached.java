package org.millwright.maintenance.internal.request;

import org.millwright.platform.error.DomainException;

/** Too many requests: from one address in a minute, or waiting for one asset. */
public class RequestLimitReached extends DomainException {

    private final long retryAfterSeconds;

    public RequestLimitReached(long retryAfterSeconds, String messageKey, Object... args) {
        super(messageKey, args);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** When the client may try again, in seconds. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
