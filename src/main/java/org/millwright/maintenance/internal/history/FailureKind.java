package org.millwright.maintenance.internal.history;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The three lists of the failure-code catalogue: what was seen, why it happened, what was done. */
public enum FailureKind {
    MODE,
    CAUSE,
    REMEDY;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind named by {@code value} (case-insensitive); IllegalArgumentException when none is. */
    public static FailureKind fromWire(String value) {
        return valueOf(value.strip().toUpperCase(Locale.ROOT));
    }
}
