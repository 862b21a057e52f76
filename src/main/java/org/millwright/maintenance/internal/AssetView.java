package org.millwright.maintenance.internal;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.millwright.maintenance.AssetSummary;
import org.millwright.maintenance.internal.meter.MeterService.MeterView;
import org.millwright.maintenance.internal.photo.AssetPhotos.PhotoView;
import org.millwright.platform.assets.AssetDocuments.LinkedDocument;

/**
 * An asset in full: its summary, description and location, its times in UTC and in its plant's
 * zone, its meters, its newest photos and the knowledge documents linked to it.
 */
public record AssetView(
        @JsonUnwrapped AssetSummary asset,
        String description,
        String location,
        Double latitude,
        Double longitude,
        String siteTimeZone,
        Instant createdAt,
        OffsetDateTime createdAtLocal,
        Instant updatedAt,
        long version,
        List<MeterView> meters,
        List<PhotoView> photos,
        List<LinkedDocument> documents) {

    static AssetView of(Asset a, ZoneId zone, Parts parts) {
        return new AssetView(
                a.summary(),
                a.getDescription(),
                a.getLocation(),
                a.getLatitude(),
                a.getLongitude(),
                zone.getId(),
                a.getCreatedAt(),
                a.getCreatedAt().atZone(zone).toOffsetDateTime(),
                a.getUpdatedAt(),
                a.getVersion(),
                parts.meters(),
                parts.photos(),
                parts.documents());
    }

    /** What the detail view shows besides the asset's own fields. */
    record Parts(List<MeterView> meters, List<PhotoView> photos, List<LinkedDocument> documents) {}
}
