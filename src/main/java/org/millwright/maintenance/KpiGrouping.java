package org.millwright.maintenance;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How maintenance KPIs are broken down: not at all, by asset, asset type, site or calendar month. */
public enum KpiGrouping {
    NONE,
    ASSET,
    ASSET_TYPE,
    SITE,
    MONTH;

    /** The name in the API: {@code none}, {@code asset}, {@code assetType}, {@code site}, {@code month}. */
    @JsonValue
    public String wire() {
        return this == ASSET_TYPE ? "assetType" : name().toLowerCase(Locale.ROOT);
    }

    /** The grouping named {@code value} (case-insensitive); IllegalArgumentException when none is. */
    public static KpiGrouping fromWire(String value) {
        String v = value.strip();
        for (KpiGrouping g : values()) {
            if (g.wire().equalsIgnoreCase(v) || g.name().equalsIgnoreCase(v)) {
                return g;
            }
        }
        throw new IllegalArgumentException(value);
    }
}
