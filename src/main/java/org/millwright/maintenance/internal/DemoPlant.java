package org.millwright.maintenance.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.millwright.maintenance.AssetStatus;
import org.millwright.maintenance.AssetType;
import org.millwright.maintenance.Criticality;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo plant of a first start: a fictional company with its plants, areas and machines, read
 * from {@value #RESOURCE}. Areas and parents are referred to by code; a parent comes before its
 * components in its plant's list.
 */
record DemoPlant(String company, List<Plant> sites) {

    static final String RESOURCE = "/demo/plant.json";

    DemoPlant {
        Objects.requireNonNull(company, "company");
        sites = List.copyOf(Objects.requireNonNull(sites, "sites"));
    }

    /** Reads the bundled demo file. */
    static DemoPlant read(JsonMapper json) {
        try (InputStream in = DemoPlant.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("demo plant file missing: " + RESOURCE);
            }
            return read(json, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a demo file; unknown fields and missing required ones fail, so a typo cannot pass unseen. */
    static DemoPlant read(JsonMapper json, InputStream in) {
        return json.readerFor(DemoPlant.class)
                .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .readValue(in);
    }

    /** One plant and what it holds. */
    record Plant(
            String code, String name, String timeZone, String address, List<PlantArea> areas, List<Machine> assets) {
        Plant {
            Objects.requireNonNull(code, "site code");
            Objects.requireNonNull(name, "site name");
            Objects.requireNonNull(timeZone, "site timeZone");
            areas = areas == null ? List.of() : List.copyOf(areas);
            assets = assets == null ? List.of() : List.copyOf(assets);
        }
    }

    /** An area of a plant. */
    record PlantArea(String code, String name) {
        PlantArea {
            Objects.requireNonNull(code, "area code");
            Objects.requireNonNull(name, "area name");
        }
    }

    /**
     * A machine or component; {@code area} and {@code parent} are codes in the same plant,
     * {@code type} a built-in asset type code, {@code location} where to find it (optional).
     */
    record Machine(
            String code,
            String location,
            String area,
            String parent,
            String name,
            String type,
            Criticality criticality,
            AssetStatus status,
            String manufacturer,
            String model,
            String serialNumber,
            LocalDate installDate,
            String description) {
        Machine {
            Objects.requireNonNull(code, "asset code");
            Objects.requireNonNull(name, "asset name of " + code);
            Objects.requireNonNull(type, "asset type of " + code);
            // A new tenant has only the built-in types.
            if (AssetType.builtIn(type).filter(t -> t.wire().equals(type)).isEmpty()) {
                throw new IllegalArgumentException("unknown asset type " + type + " of " + code);
            }
            Objects.requireNonNull(criticality, "criticality of " + code);
        }

        Asset.AssetDetails details(UUID areaId, UUID parentId) {
            return new Asset.AssetDetails(
                    areaId,
                    parentId,
                    name,
                    type,
                    criticality,
                    status,
                    manufacturer,
                    model,
                    serialNumber,
                    installDate,
                    description,
                    location,
                    null,
                    null);
        }
    }
}
