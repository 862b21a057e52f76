package org.millwright.maintenance.internal.preventive;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * When a plan falls due. CALENDAR: every {@code every} {@code unit}s from {@code startDate} (the
 * first due date), in {@code mode} (FIXED by default). METER: every {@code every} units of
 * {@code meterId} counted from {@code startValue} (the first due point is startValue + every);
 * with {@code lead} the work order is created once the meter is within that many units of the
 * point. Fields of the other kind are null.
 */
public record Trigger(
        TriggerKind kind,
        BigDecimal every,
        CalendarUnit unit,
        LocalDate startDate,
        CalendarMode mode,
        UUID meterId,
        BigDecimal startValue,
        BigDecimal lead) {

    public static Trigger calendar(int every, CalendarUnit unit, LocalDate startDate, CalendarMode mode) {
        return new Trigger(TriggerKind.CALENDAR, BigDecimal.valueOf(every), unit, startDate, mode, null, null, null);
    }

    public static Trigger meter(UUID meterId, BigDecimal every, BigDecimal startValue, BigDecimal lead) {
        return new Trigger(TriggerKind.METER, every, null, null, null, meterId, startValue, lead);
    }
}
