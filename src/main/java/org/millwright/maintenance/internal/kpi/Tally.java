package org.millwright.maintenance.internal.kpi;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/** The sums behind one group's KPIs, as the statements return them. */
final class Tally {

    int assets;
    int failures;
    long downtimeMinutes;
    double repairSeconds;
    int repairs;
    BigDecimal partsCost = BigDecimal.ZERO;
    BigDecimal labourCost = BigDecimal.ZERO;
    int backlog;
    long backlogMinutes;
    int backlogUnestimated;
    int pmDue;
    int pmOnTime;
    /** Failure mode (null: none recorded) to {failures, downtime minutes}. */
    final Map<String, long[]> modes = new HashMap<>();

    void addMode(String mode, long failures, long downtimeMinutes) {
        long[] sums = modes.computeIfAbsent(mode, m -> new long[2]);
        sums[0] += failures;
        sums[1] += downtimeMinutes;
    }

    /** Adds another group's sums (assets apart: they are counted per report, not summed). */
    void add(Tally o) {
        failures += o.failures;
        downtimeMinutes += o.downtimeMinutes;
        repairSeconds += o.repairSeconds;
        repairs += o.repairs;
        partsCost = partsCost.add(o.partsCost);
        labourCost = labourCost.add(o.labourCost);
        backlog += o.backlog;
        backlogMinutes += o.backlogMinutes;
        backlogUnestimated += o.backlogUnestimated;
        pmDue += o.pmDue;
        pmOnTime += o.pmOnTime;
        o.modes.forEach((mode, sums) -> addMode(mode, sums[0], sums[1]));
    }
}
