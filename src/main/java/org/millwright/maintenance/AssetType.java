package org.millwright.maintenance;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Kinds of machine the registry knows (the maintenance core makes this list tenant-extensible). */
public enum AssetType {
    PUMP,
    COMPRESSOR,
    CONVEYOR,
    MOTOR,
    PACKAGING_MACHINE,
    FAN,
    GEARBOX,
    BOILER,
    MIXER,
    CHILLER,
    TRUCK,
    OTHER;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AssetType fromWire(String value) {
        return valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
