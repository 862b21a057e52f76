package org.millwright.platform.error;

/**
 * A service the request needs is not configured or not reachable (e.g. speech-to-text). Answered
 * 503.
 */
public class ServiceUnavailableException extends DomainException {

    public ServiceUnavailableException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
