package org.millwright.inference.internal.usage;

import java.util.Locale;

/** How a usage report is broken down: by UTC day, by user or by model. */
public enum UsageGrouping {
    DAY("usage_day"),
    USER("user_id"),
    MODEL("model");

    private final String column;

    UsageGrouping(String column) {
        this.column = column;
    }

    String column() {
        return column;
    }

    /** The grouping named {@code day}, {@code user} or {@code model} (case ignored). */
    public static UsageGrouping fromWire(String value) {
        return valueOf(value.strip().toUpperCase(Locale.ROOT));
    }
}
