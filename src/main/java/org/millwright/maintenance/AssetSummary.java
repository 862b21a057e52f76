package org.millwright.maintenance;

import java.time.LocalDate;
import java.util.UUID;

/** A machine as other modules see it. */
public record AssetSummary(
        UUID id,
        UUID siteId,
        UUID areaId,
        UUID parentId,
        String code,
        String name,
        AssetType type,
        Criticality criticality,
        AssetStatus status,
        String manufacturer,
        String model,
        String serialNumber,
        LocalDate installDate) {}
