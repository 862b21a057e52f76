package org.millwright.maintenance.internal.history;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a maintenance record came from. Records of completed work orders cannot be deleted. */
public enum RecordSource {
    IMPORT,
    WORK_ORDER,
    MANUAL;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
