package org.millwright.maintenance.internal.history;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The kind of maintenance work a record describes. Only CORRECTIVE work follows a failure. */
public enum WorkType {
    CORRECTIVE,
    PREVENTIVE,
    PREDICTIVE,
    INSPECTION;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type named by {@code value} (case-insensitive); IllegalArgumentException when none is. */
    public static WorkType fromWire(String value) {
        return valueOf(value.strip().toUpperCase(Locale.ROOT));
    }
}
