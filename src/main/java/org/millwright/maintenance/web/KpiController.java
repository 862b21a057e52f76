package org.millwright.maintenance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;
import java.util.UUID;
import org.millwright.maintenance.KpiGrouping;
import org.millwright.maintenance.KpiQuery;
import org.millwright.maintenance.KpiReport;
import org.millwright.maintenance.MaintenanceKpis;
import org.millwright.platform.error.InvalidRequestException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(
        name = "Maintenance KPIs",
        description = "Failures, MTBF, MTTR, availability, backlog, preventive compliance, failures by mode, cost")
@RestController
@RequestMapping("/api/v1/maintenance/kpis")
class KpiController {

    private final MaintenanceKpis kpis;

    KpiController(MaintenanceKpis kpis) {
        this.kpis = kpis;
    }

    @Operation(
            summary = "KPIs of a period (default: the last 12 months up to today) for the caller's sites, a site, an"
                    + " asset or an asset type, in total and by groupBy (none, asset, assetType, site, month). from"
                    + " (inclusive) and to (exclusive) are dates (to's day included) or date-times, read in the"
                    + " site's zone (the asset's site's; else the zone the caller's sites share, else UTC) unless"
                    + " they carry an offset; at most 5 years. limit: groups listed (1-1000, default 100)")
    @GetMapping
    @PreAuthorize("hasRole('OPERATOR')")
    KpiReport get(
            @RequestParam(required = false) UUID siteId,
            @RequestParam(required = false) UUID assetId,
            @RequestParam(required = false) @Size(max = 40) String assetType,
            @RequestParam(required = false) @Size(max = 40) String from,
            @RequestParam(required = false) @Size(max = 40) String to,
            @RequestParam(required = false) String groupBy,
            @RequestParam(required = false) Integer limit) {
        ZoneId zone = kpis.zone(siteId, assetId);
        return kpis.kpis(new KpiQuery(
                siteId,
                assetId,
                assetType,
                HistoryController.time("from", from, zone, false),
                HistoryController.time("to", to, zone, true),
                grouping(groupBy),
                limit));
    }

    private static KpiGrouping grouping(String value) {
        if (value == null || value.isBlank()) {
            return KpiGrouping.NONE;
        }
        try {
            return KpiGrouping.fromWire(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("error.kpi-group-by", value);
        }
    }
}
