package org.millwright.assistant.internal;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How an answer was made: by a model from the sources, or from the sources' own sentences. */
public enum AnswerMode {
    GENERATED,
    EXTRACTIVE;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
