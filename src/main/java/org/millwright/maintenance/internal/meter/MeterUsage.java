package org.millwright.maintenance.internal.meter;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A meter's current value and its average use per day over a recent window (for plans that fall
 * due by use, such as "every 750 operating hours").
 *
 * @param currentValue the latest reading, or null before the first
 * @param days the window asked for
 * @param averageDailyUse the meter's increase per day over the window, or null when its readings
 *     span less than {@link #MIN_SPAN} (fewer than two readings, or all within minutes)
 * @param readings how many readings the average rests on
 */
public record MeterUsage(
        UUID meterId,
        MeterKind kind,
        String unit,
        Double currentValue,
        Instant currentReadAt,
        int days,
        Double averageDailyUse,
        int readings) {

    /** The shortest span of readings an average is given for. */
    public static final Duration MIN_SPAN = Duration.ofHours(1);

    private static final double SECONDS_PER_DAY = 86_400.0;

    /** One reading as the average needs it. */
    record Point(double value, Instant readAt, boolean reset) {
        static Point of(MeterReading r) {
            return new Point(r.getValue(), r.getReadAt(), r.isReset());
        }
    }

    /**
     * The average increase per day over readings in time order: the last one before the window
     * (when there is one) and those inside it. A reset reading starts a new count, so the step up
     * to it is not counted (its time is). Null when the readings span less than {@link #MIN_SPAN}.
     */
    static Double averagePerDay(List<Point> ordered) {
        if (ordered.size() < 2) {
            return null;
        }
        Point first = ordered.getFirst();
        Point last = ordered.getLast();
        Duration span = Duration.between(first.readAt(), last.readAt());
        if (span.compareTo(MIN_SPAN) < 0) {
            return null;
        }
        double increase = 0;
        for (int i = 1; i < ordered.size(); i++) {
            Point p = ordered.get(i);
            if (!p.reset()) {
                increase += Math.max(0, p.value() - ordered.get(i - 1).value());
            }
        }
        return increase / (span.toMillis() / 1000.0 / SECONDS_PER_DAY);
    }
}
