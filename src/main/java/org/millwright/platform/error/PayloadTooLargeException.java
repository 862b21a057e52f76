package org.millwright.platform.error;

/** A body, file or batch exceeds a configured limit. */
public class PayloadTooLargeException extends DomainException {

    public PayloadTooLargeException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
