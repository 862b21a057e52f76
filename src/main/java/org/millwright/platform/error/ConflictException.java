package org.millwright.platform.error;

/** The request conflicts with the current state (a duplicate, a stale version, an illegal transition). */
public class ConflictException extends DomainException {

    public ConflictException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
