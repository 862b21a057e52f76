package org.millwright.maintenance.internal.parts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Why a site's stock of a part changed. */
public enum MovementKind {
    /** Parts delivered to the storeroom. */
    RECEIPT,
    /** A correction after a count (signed). */
    ADJUSTMENT,
    /** Parts taken for a work order. */
    CONSUMPTION,
    /** Unused parts brought back from a work order. */
    RETURN;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static MovementKind fromWire(String value) {
        return valueOf(value.strip().toUpperCase(Locale.ROOT));
    }
}
