package org.millwright.maintenance;

import java.time.ZoneId;
import java.util.UUID;

/**
 * Maintenance KPIs (failures, MTBF, MTTR, availability, backlog, preventive compliance, failures
 * by mode, cost), for the assistant's maintenance analysis and the dashboard. Works in the tenant
 * of {@code TenantContext}; a caller bound to some sites sees only theirs (no caller: every site).
 * Failures, repair times and costs come from the maintenance history (imported records and
 * completed work orders); backlog and compliance from the work orders. The definitions are in the
 * README (section "Maintenance KPIs").
 */
public interface MaintenanceKpis {

    /**
     * The KPIs the query asks for.
     *
     * @throws org.millwright.platform.error.NotFoundException for a site or asset the caller cannot see
     * @throws org.millwright.platform.error.InvalidRequestException for an unknown asset type, an
     *     asset of another site than the one given, a period that is empty or longer than five
     *     years, or a limit out of range
     */
    KpiReport kpis(KpiQuery query);

    /**
     * The zone periods and months are read in: the site's (or the asset's site's); without either,
     * the zone the caller's sites share, else UTC.
     */
    ZoneId zone(UUID siteId, UUID assetId);
}
