package org.millwright.maintenance;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a machine stands: operational, down, in maintenance or retired. */
public enum AssetStatus {
    OPERATIONAL,
    DOWN,
    IN_MAINTENANCE,
    RETIRED;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AssetStatus fromWire(String value) {
        return valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
