package org.millwright.platform.error;

/** The request is well-formed but its values are not acceptable. */
public class InvalidRequestException extends DomainException {

    public InvalidRequestException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
