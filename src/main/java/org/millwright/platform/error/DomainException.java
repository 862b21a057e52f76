package org.millwright.platform.error;

import java.util.List;

/**
 * A failure a client can understand, described by a message key resolved in the caller's
 * language. Domain exceptions carry no HTTP status: the platform's advice maps each kind.
 */
public abstract class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    protected DomainException(String messageKey, Object... args) {
        super(messageKey + " " + List.of(args));
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
