package org.millwright.platform.error;

/** The caller is known but may not do this. */
public class ForbiddenException extends DomainException {

    public ForbiddenException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
