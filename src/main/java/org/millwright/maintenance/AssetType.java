package org.millwright.maintenance;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of machine every tenant has, with their names in English and Spanish. A tenant adds
 * its own kinds (stored by code, like these); an asset's type is the wire code of either.
 */
public enum AssetType {
    PUMP("Pump", "Bomba"),
    COMPRESSOR("Compressor", "Compresor"),
    CONVEYOR("Conveyor", "Transportador"),
    MOTOR("Motor", "Motor"),
    PACKAGING_MACHINE("Packaging machine", "Máquina envasadora"),
    FAN("Fan", "Ventilador"),
    GEARBOX("Gearbox", "Reductor"),
    BOILER("Boiler", "Caldera"),
    MIXER("Mixer", "Mezclador"),
    CHILLER("Chiller", "Enfriador"),
    TRUCK("Truck", "Camión"),
    OTHER("Other", "Otro");

    private final String nameEn;
    private final String nameEs;

    AssetType(String nameEn, String nameEs) {
        this.nameEn = nameEn;
        this.nameEs = nameEs;
    }

    /** The code on the wire and in the database, such as {@code packaging_machine}. */
    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String nameEn() {
        return nameEn;
    }

    public String nameEs() {
        return nameEs;
    }

    /** The built-in type of a code, ignoring case, surrounding blanks and {@code -} for {@code _}. */
    public static Optional<AssetType> builtIn(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String name = code.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (AssetType type : values()) {
            if (type.name().equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
