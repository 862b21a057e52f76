package org.millwright.maintenance.internal.meter;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a meter counts; every kind but {@code other} has its unit. */
public enum MeterKind {
    HOURS("h"),
    CYCLES("cycles"),
    KM("km"),
    OTHER(null);

    private final String unit;

    MeterKind(String unit) {
        this.unit = unit;
    }

    /** The kind's own unit, or null for {@code other} (whose meters name theirs). */
    public String unit() {
        return unit;
    }

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
