package org.millwright.platform.error;

/** The content was understood but cannot be processed (a corrupt or unsupported file). */
public class UnprocessableException extends DomainException {

    public UnprocessableException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
