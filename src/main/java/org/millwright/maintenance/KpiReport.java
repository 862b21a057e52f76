package org.millwright.maintenance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Maintenance KPIs of a period: the {@code total} of everything in scope and, unless grouped by
 * {@code none}, one {@link Group} per asset, asset type, site or month ({@code groupCount} groups
 * matched; only the first {@code limit} are listed when {@code truncated}). Hours are hours,
 * {@code availability} and {@code compliance} fractions from 0 to 1, costs in the currency the
 * records were kept in. {@code measuredTo} is the end of the period, or now if that comes first:
 * operating time is counted up to it.
 */
public record KpiReport(
        Instant from,
        Instant to,
        Instant measuredTo,
        String zone,
        KpiGrouping groupBy,
        Group total,
        List<Group> groups,
        int groupCount,
        boolean truncated) {

    public KpiReport {
        groups = List.copyOf(groups);
    }

    /**
     * The KPIs of one group. {@code key} is the asset's or site's id, the asset type's code, the
     * month ({@code 2025-03}) or {@code all}; {@code code} and {@code name} describe it (the type's
     * name in the caller's language). {@code assets}: the assets counted for operating time.
     * {@code backlog} is null for months (it is the open work of now, in the total).
     */
    public record Group(
            String key,
            String code,
            String name,
            int assets,
            double periodHours,
            int failures,
            double downtimeHours,
            Double mtbfHours,
            Double mttrHours,
            Double availability,
            List<FailureMode> failuresByMode,
            Backlog backlog,
            PmCompliance pmCompliance,
            Cost cost) {

        public Group {
            failuresByMode = List.copyOf(failuresByMode);
        }
    }

    /** Failures of one mode (code null: recorded without a mode) and their downtime. */
    public record FailureMode(String code, String nameEn, String nameEs, int failures, double downtimeHours) {}

    /**
     * Open work orders now: how many, the hours estimated for those with an estimate, and how
     * many have none.
     */
    public record Backlog(int workOrders, double estimatedHours, int withoutEstimate) {}

    /**
     * Preventive work orders due in the period that can be judged (done, or past their due date),
     * those done on or before their due date, and the share of those: null when none was due.
     */
    public record PmCompliance(int due, int onTime, Double compliance) {}

    /** Parts and labour cost of the records of the period. */
    public record Cost(BigDecimal parts, BigDecimal labour, BigDecimal total) {}
}
