package org.millwright.assistant.internal.voice;

import org.millwright.platform.error.DomainException;

/** A recording that is none of the accepted formats (answered 415 by the voice endpoint). */
public class UnsupportedAudioException extends DomainException {

    public UnsupportedAudioException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
