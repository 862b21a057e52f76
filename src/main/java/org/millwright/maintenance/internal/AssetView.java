package org.millwright.maintenance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.millwright.maintenance.AssetStatus;
import org.millwright.maintenance.AssetType;
import org.millwright.maintenance.Criticality;

/** An asset in full, with its times in UTC and in its plant's zone. */
public record AssetView(
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
        LocalDate installDate,
        String description,
        String siteTimeZone,
        Instant createdAt,
        OffsetDateTime createdAtLocal,
        Instant updatedAt,
        long version) {

    static AssetView of(Asset a, ZoneId zone) {
        var s = a.summary();
        return new AssetView(
                s.id(),
                s.siteId(),
                s.areaId(),
                s.parentId(),
                s.code(),
                s.name(),
                s.type(),
                s.criticality(),
                s.status(),
                s.manufacturer(),
                s.model(),
                s.serialNumber(),
                s.installDate(),
                a.getDescription(),
                zone.getId(),
                a.getCreatedAt(),
                a.getCreatedAt().atZone(zone).toOffsetDateTime(),
                a.getUpdatedAt(),
                a.getVersion());
    }
}
