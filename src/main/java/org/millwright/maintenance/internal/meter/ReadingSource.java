package org.millwright.maintenance.internal.meter;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a meter reading came from: a person, a file import or a machine's signal. */
public enum ReadingSource {
    MANUAL,
    IMPORT,
    SIGNAL;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
