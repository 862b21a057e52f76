package org.millwright.maintenance.internal;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.millwright.maintenance.AssetSummary;

/** An asset in full: its summary, description, and its times in UTC and in its plant's zone. */
public record AssetView(
        @JsonUnwrapped AssetSummary asset,
        String description,
        String siteTimeZone,
        Instant createdAt,
        OffsetDateTime createdAtLocal,
        Instant updatedAt,
        long version) {

    static AssetView of(Asset a, ZoneId zone) {
        return new AssetView(
                a.summary(),
                a.getDescription(),
                zone.getId(),
                a.getCreatedAt(),
                a.getCreatedAt().atZone(zone).toOffsetDateTime(),
                a.getUpdatedAt(),
                a.getVersion());
    }
}
