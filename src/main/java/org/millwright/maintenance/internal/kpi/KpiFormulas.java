package org.millwright.maintenance.internal.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.millwright.maintenance.KpiReport;

/**
 * The KPI definitions, from a group's sums: operating hours are the period's hours times the
 * assets counted, less the downtime recorded; MTBF is operating hours per failure, MTTR the mean
 * repair time of the failures whose repair time is known, availability operating over period
 * hours. Hours are rounded to 2 decimals, fractions to 4, costs to cents.
 */
final class KpiFormulas {

    private KpiFormulas() {}

    /** One group's KPIs. {@code withBacklog} false leaves the backlog out (months). */
    static KpiReport.Group group(
            String key,
            String code,
            String name,
            int assets,
            double periodHours,
            Tally t,
            Map<String, ModeNames> modeNames,
            boolean withBacklog) {
        double exposure = periodHours * assets;
        double downtime = t.downtimeMinutes / 60.0;
        double operating = Math.max(0, exposure - downtime);
        Double mtbf = t.failures > 0 && exposure > 0 ? hours(operating / t.failures) : null;
        Double mttr = t.repairs > 0 ? hours(t.repairSeconds / 3600.0 / t.repairs) : null;
        Double availability = exposure > 0 ? fraction(operating / exposure) : null;
        var backlog = withBacklog
                ? new KpiReport.Backlog(t.backlog, hours(t.backlogMinutes / 60.0), t.backlogUnestimated)
                : null;
        var compliance = new KpiReport.PmCompliance(
                t.pmDue, t.pmOnTime, t.pmDue > 0 ? fraction((double) t.pmOnTime / t.pmDue) : null);
        var cost = new KpiReport.Cost(cents(t.partsCost), cents(t.labourCost), cents(t.partsCost.add(t.labourCost)));
        return new KpiReport.Group(
                key,
                code,
                name,
                assets,
                hours(periodHours),
                t.failures,
                hours(downtime),
                mtbf,
                mttr,
                availability,
                modes(t, modeNames),
                backlog,
                compliance,
                cost);
    }

    /** Hours from {@code from} to {@code to}; 0 when {@code to} is not later. */
    static double hoursBetween(Instant from, Instant to) {
        return to.isAfter(from) ? Duration.between(from, to).toMillis() / 3_600_000.0 : 0;
    }

    static double hours(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    static double fraction(double value) {
        double clamped = Math.min(1, Math.max(0, value));
        return BigDecimal.valueOf(clamped).setScale(4, RoundingMode.HALF_UP).doubleValue();
    }

    private static BigDecimal cents(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    /** Failure modes, most failures first, then by code (uncoded last). */
    private static List<KpiReport.FailureMode> modes(Tally t, Map<String, ModeNames> names) {
        return t.modes.entrySet().stream()
                .map(e -> {
                    ModeNames n = e.getKey() == null ? null : names.get(e.getKey());
                    return new KpiReport.FailureMode(
                            e.getKey(),
                            n == null ? null : n.en(),
                            n == null ? null : n.es(),
                            (int) e.getValue()[0],
                            hours(e.getValue()[1] / 60.0));
                })
                .sorted(Comparator.comparingInt(KpiReport.FailureMode::failures)
                        .reversed()
                        .thenComparing(KpiReport.FailureMode::code, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** A failure mode's names. */
    record ModeNames(String en, String es) {}
}
