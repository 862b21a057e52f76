package org.millwright.maintenance.internal.parts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Units a spare part is counted in; counted units take whole quantities only. */
public enum PartUnit {
    PCS(true),
    SET(true),
    PAIR(true),
    BOX(true),
    ROLL(true),
    M(false),
    KG(false),
    G(false),
    L(false),
    ML(false);

    private final boolean counted;

    PartUnit(boolean counted) {
        this.counted = counted;
    }

    /** True when quantities in this unit are whole numbers (pieces, sets, boxes...). */
    public boolean counted() {
        return counted;
    }

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static PartUnit fromWire(String value) {
        return valueOf(value.strip().toUpperCase(Locale.ROOT));
    }
}
