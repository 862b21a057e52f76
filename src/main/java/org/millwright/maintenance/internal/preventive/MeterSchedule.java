package org.millwright.maintenance.internal.preventive;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The due points of a meter plan: start + n × interval (n ≥ 1), exact decimals. A point's date is
 * projected from the meter's current value and average daily use: now + (point − current) / use.
 */
final class MeterSchedule {

    /** Projections further out than this are not given (the meter is barely used). */
    static final double MAX_PROJECTION_DAYS = 36_600;

    private static final double SECONDS_PER_DAY = 86_400;

    private MeterSchedule() {}

    static BigDecimal point(Trigger t, long n) {
        return t.startValue().add(t.every().multiply(BigDecimal.valueOf(n)));
    }

    /** The index of the first point above {@code after} (the last one generated; null for none). */
    static long firstAfter(Trigger t, BigDecimal after) {
        if (after == null) {
            return 1;
        }
        return Math.max(1, index(t, after) + 1);
    }

    /** The index of the last point the meter has reached, 0 for none. */
    static long reached(Trigger t, BigDecimal current) {
        return current == null ? 0 : Math.max(0, index(t, current));
    }

    /**
     * The next {@code count} points after {@code after}. Points the meter has already passed
     * without a work order become one catch-up point (the highest reached, due today, counting
     * the others as missed). A point is due now when the meter has reached it or is within the
     * trigger's lead of it; its date is the projection (today when none can be made).
     *
     * @param current the meter's value, null before its first reading
     * @param perDay the meter's average daily use, null when unknown
     */
    static List<PlannedPoint> upcoming(
            Trigger t, BigDecimal after, BigDecimal current, Double perDay, Instant now, ZoneId zone, int count) {
        LocalDate today = now.atZone(zone).toLocalDate();
        List<PlannedPoint> points = new ArrayList<>();
        long n = firstAfter(t, after);
        long reached = reached(t, current);
        if (reached >= n) {
            BigDecimal value = point(t, reached);
            int missed = (int) Math.min(reached - n, Integer.MAX_VALUE);
            points.add(new PlannedPoint(PlannedPoint.meterKey(value), today, value, missed, false, true));
            n = reached + 1;
        }
        BigDecimal lead = t.lead() == null ? BigDecimal.ZERO : t.lead();
        while (points.size() < count) {
            BigDecimal value = point(t, n);
            boolean dueNow = current != null && current.compareTo(value.subtract(lead)) >= 0;
            LocalDate date = projected(value, current, perDay, now, zone);
            if (dueNow && date == null) {
                date = today;
            }
            points.add(new PlannedPoint(PlannedPoint.meterKey(value), date, value, 0, true, dueNow));
            n++;
        }
        return points;
    }

    /** The day the meter reaches {@code value} at its average use; null when unknown or too far. */
    static LocalDate projected(BigDecimal value, BigDecimal current, Double perDay, Instant now, ZoneId zone) {
        if (current == null || perDay == null || perDay <= 0) {
            return null;
        }
        double days = value.subtract(current).doubleValue() / perDay;
        if (days > MAX_PROJECTION_DAYS) {
            return null;
        }
        return now.plusSeconds(Math.round(Math.max(0, days) * SECONDS_PER_DAY))
                .atZone(zone)
                .toLocalDate();
    }

    private static long index(Trigger t, BigDecimal value) {
        return value.subtract(t.startValue())
                .divide(t.every(), 0, RoundingMode.FLOOR)
                .longValue();
    }
}
