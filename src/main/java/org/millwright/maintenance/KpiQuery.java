package org.millwright.maintenance;

import java.time.Instant;
import java.util.UUID;

/**
 * What KPIs to compute: every filter is optional (null: any). {@code from} (inclusive) and {@code
 * to} (exclusive) bound the period; null {@code to} is the end of today, null {@code from} twelve
 * months before {@code to}, both in the zone {@link MaintenanceKpis#zone} names. {@code limit} caps
 * the groups returned (null: {@link #DEFAULT_LIMIT}).
 */
public record KpiQuery(
        UUID siteId, UUID assetId, String assetType, Instant from, Instant to, KpiGrouping groupBy, Integer limit) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    public KpiQuery {
        groupBy = groupBy == null ? KpiGrouping.NONE : groupBy;
    }

    /** The last twelve months of a site (null: every site the caller sees), without groups. */
    public static KpiQuery lastTwelveMonths(UUID siteId) {
        return new KpiQuery(siteId, null, null, null, null, KpiGrouping.NONE, null);
    }
}
