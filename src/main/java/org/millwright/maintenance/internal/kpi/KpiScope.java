package org.millwright.maintenance.internal.kpi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.millwright.maintenance.KpiGrouping;

/**
 * What one KPI report covers, checked: the tenant, the filters (null: any; {@code visibleSites}
 * empty: every site), the period {@code from}..{@code to} and its measured part up to {@code
 * measuredTo} (now, when the period reaches beyond), and the zone its days and months are read in.
 */
record KpiScope(
        UUID tenantId,
        UUID siteId,
        UUID assetId,
        String assetType,
        Set<UUID> visibleSites,
        Instant from,
        Instant to,
        Instant measuredTo,
        Instant now,
        ZoneId zone,
        KpiGrouping grouping,
        int limit) {

    KpiScope {
        visibleSites = Set.copyOf(visibleSites);
    }

    /** The first day of the period in its zone. */
    LocalDate firstDay() {
        return LocalDate.ofInstant(from, zone);
    }

    /** The last day of the period (inclusive) in its zone. */
    LocalDate lastDay() {
        return LocalDate.ofInstant(to.minusNanos(1), zone);
    }

    /** Whether the asset table must be joined for a type filter or grouping. */
    boolean byAssetType() {
        return assetType != null || grouping == KpiGrouping.ASSET_TYPE;
    }
}
