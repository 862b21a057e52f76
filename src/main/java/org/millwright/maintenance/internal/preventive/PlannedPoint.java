package org.millwright.maintenance.internal.preventive;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A due point of a plan not generated yet.
 *
 * @param key the point's identity: the date of a calendar plan ({@code 2026-03-31}), {@code
 *     meter:<value>} of a meter plan
 * @param dueDate the due date: the calendar date, or the day a meter is projected to reach the
 *     value (today when it has, or is within the lead without a known use); null when no
 *     projection is possible
 * @param dueValue the meter value of a meter plan's point, else null
 * @param missedBefore earlier due points this one stands for (a catch-up after missed points)
 * @param projected true when the date is an estimate (from a meter's use, or from an assumed
 *     completion in a floating plan)
 * @param dueNow true when a meter has reached the point or is within its lead
 */
public record PlannedPoint(
        String key, LocalDate dueDate, BigDecimal dueValue, int missedBefore, boolean projected, boolean dueNow) {

    static PlannedPoint onDate(LocalDate date, int missedBefore, boolean projected) {
        return new PlannedPoint(date.toString(), date, null, missedBefore, projected, false);
    }

    static String meterKey(BigDecimal value) {
        return "meter:" + value.stripTrailingZeros().toPlainString();
    }

    /** Whether the scheduled run generates this point now, with this as the horizon's last day. */
    boolean within(LocalDate horizonEnd) {
        return dueNow || (dueDate != null && !dueDate.isAfter(horizonEnd));
    }
}
