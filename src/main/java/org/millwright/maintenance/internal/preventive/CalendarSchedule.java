package org.millwright.maintenance.internal.preventive;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The due dates of a calendar plan. The n-th date of a fixed schedule is counted from the start
 * date each time (start + n × interval), so months clamp to a short month's last day without
 * drifting: from 31 January monthly, 28 (or 29) February, then 31 March.
 */
final class CalendarSchedule {

    private CalendarSchedule() {}

    static LocalDate add(LocalDate from, long amount, CalendarUnit unit) {
        return switch (unit) {
            case DAYS -> from.plusDays(amount);
            case WEEKS -> from.plusWeeks(amount);
            case MONTHS -> from.plusMonths(amount);
        };
    }

    /** The n-th due date of a fixed schedule (0: the start date). */
    static LocalDate point(Trigger t, long n) {
        return add(t.startDate(), Math.multiplyExact(n, every(t)), t.unit());
    }

    /** The index of the first due date after {@code after}; 0 when there is none before it. */
    static long firstAfter(Trigger t, LocalDate after) {
        if (after == null || after.isBefore(t.startDate())) {
            return 0;
        }
        long n = between(t.startDate(), after, t.unit()) / every(t);
        while (n > 0 && point(t, n - 1).isAfter(after)) {
            n--;
        }
        while (!point(t, n).isAfter(after)) {
            n++;
        }
        return n;
    }

    /** The index of the last due date before {@code day}, or -1 when the schedule starts on or after it. */
    static long lastBefore(Trigger t, LocalDate day) {
        if (!t.startDate().isBefore(day)) {
            return -1;
        }
        long n = between(t.startDate(), day, t.unit()) / every(t);
        while (!point(t, n).isBefore(day)) {
            n--;
        }
        while (point(t, n + 1).isBefore(day)) {
            n++;
        }
        return n;
    }

    /**
     * The next {@code count} due points of a fixed schedule after {@code after} (the last one
     * generated; null for none). Points before {@code today} that were never generated (the plan
     * was inactive, or started in the past) become one catch-up point: the latest of them, which
     * counts the others as missed. The following points come in order.
     */
    static List<PlannedPoint> fixed(Trigger t, LocalDate after, LocalDate today, int count) {
        List<PlannedPoint> points = new ArrayList<>();
        long n = firstAfter(t, after);
        long overdue = lastBefore(t, today);
        if (overdue >= n) {
            points.add(PlannedPoint.onDate(point(t, overdue), (int) Math.min(overdue - n, Integer.MAX_VALUE), false));
            n = overdue + 1;
        }
        while (points.size() < count) {
            points.add(PlannedPoint.onDate(point(t, n), 0, false));
            n++;
        }
        return points;
    }

    /**
     * The next {@code count} due points of a floating schedule whose next due date is {@code
     * next}; the ones after it assume each work order is completed on its due date.
     */
    static List<PlannedPoint> floating(Trigger t, LocalDate next, boolean nextProjected, int count) {
        List<PlannedPoint> points = new ArrayList<>();
        LocalDate date = next;
        for (int i = 0; i < count; i++) {
            points.add(PlannedPoint.onDate(date, 0, nextProjected || i > 0));
            date = add(date, every(t), t.unit());
        }
        return points;
    }

    private static int every(Trigger t) {
        return t.every().intValueExact();
    }

    private static long between(LocalDate from, LocalDate to, CalendarUnit unit) {
        return switch (unit) {
            case DAYS -> ChronoUnit.DAYS.between(from, to);
            case WEEKS -> ChronoUnit.WEEKS.between(from, to);
            case MONTHS -> ChronoUnit.MONTHS.between(from, to);
        };
    }
}
