package org.millwright.maintenance;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A machine as other modules see it. {@code type} is an asset type code: a built-in one (see
 * {@link AssetType#wire()}, e.g. {@code pump}) or one of the tenant's own.
 */
public record AssetSummary(
        UUID id,
        UUID siteId,
        UUID areaId,
        UUID parentId,
        String code,
        String name,
        String type,
        Criticality criticality,
        AssetStatus status,
        String manufacturer,
        String model,
        String serialNumber,
        LocalDate installDate) {}
