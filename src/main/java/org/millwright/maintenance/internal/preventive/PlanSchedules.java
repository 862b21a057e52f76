package org.millwright.maintenance.internal.preventive;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.millwright.maintenance.WorkOrderStatus;
import org.millwright.maintenance.internal.meter.MeterService;
import org.millwright.maintenance.internal.meter.MeterUsage;
import org.millwright.maintenance.internal.workorder.WorkOrder;
import org.millwright.maintenance.internal.workorder.WorkOrderRepository;
import org.springframework.stereotype.Component;

/**
 * A plan's next due points, not generated yet, as of a moment: what the scheduled run generates
 * (those within the horizon) and what the forecast shows. Read in the caller's transaction.
 */
@Component
class PlanSchedules {

    /** The window of a meter's average daily use. */
    static final int USAGE_DAYS = 30;

    private final PlanPointRepository points;
    private final WorkOrderRepository workOrders;
    private final MeterService meters;

    PlanSchedules(PlanPointRepository points, WorkOrderRepository workOrders, MeterService meters) {
        this.points = points;
        this.workOrders = workOrders;
        this.meters = meters;
    }

    /**
     * The next {@code count} points of the plan.
     *
     * @return the points; for a meter plan the usage they were projected from; for a floating plan
     *     whose last work order is still open, that work order (nothing is due before it is done,
     *     and the points assume it is completed today)
     */
    Upcoming upcoming(PreventivePlan plan, Instant now, ZoneId zone, int count) {
        Trigger t = plan.trigger();
        LocalDate today = now.atZone(zone).toLocalDate();
        return switch (t.kind()) {
            case CALENDAR ->
                t.mode() == CalendarMode.FLOATING
                        ? floating(plan, today, zone, count)
                        : Upcoming.all(
                                CalendarSchedule.fixed(
                                        t, points.lastDate(plan.getId()).orElse(null), today, count),
                                null);
            case METER -> {
                MeterUsage usage = meters.usage(t.meterId(), USAGE_DAYS);
                BigDecimal current = usage.currentValue() == null ? null : BigDecimal.valueOf(usage.currentValue());
                BigDecimal after = points.lastValue(plan.getId()).orElse(null);
                yield Upcoming.all(
                        MeterSchedule.upcoming(t, after, current, usage.averageDailyUse(), now, zone, count), usage);
            }
        };
    }

    /**
     * A floating plan's next due date counts from the day its last work order was completed (from
     * its due date when it was cancelled); the first is the start date. A date an earlier point
     * already used (work done more than an interval early) moves to the next free day.
     */
    private Upcoming floating(PreventivePlan plan, LocalDate today, ZoneId zone, int count) {
        Trigger t = plan.trigger();
        var last = points.findFirstByPlanIdAndDueValueIsNullOrderByCreatedAtDescDueDateDesc(plan.getId());
        if (last.isEmpty()) {
            return new Upcoming(CalendarSchedule.floating(t, t.startDate(), false, count), 1, null, null);
        }
        PlanPoint point = last.get();
        WorkOrder wo = workOrders.findById(point.getWorkOrderId()).orElseThrow();
        WorkOrderStatus status = wo.getStatus();
        UUID waitingFor = null;
        LocalDate base;
        if (status == WorkOrderStatus.COMPLETED || status == WorkOrderStatus.CLOSED) {
            base = wo.getCompletedAt().atZone(zone).toLocalDate();
        } else if (status == WorkOrderStatus.CANCELLED) {
            base = point.getDueDate();
        } else {
            waitingFor = wo.getId();
            base = point.getDueDate().isAfter(today) ? point.getDueDate() : today;
        }
        LocalDate next = CalendarSchedule.add(base, t.every().intValueExact(), t.unit());
        while (points.existsByPlanIdAndDuePoint(plan.getId(), next.toString())) {
            next = next.plusDays(1);
        }
        return new Upcoming(
                CalendarSchedule.floating(t, next, waitingFor != null, count),
                waitingFor == null ? 1 : 0,
                null,
                waitingFor);
    }

    /**
     * A plan's next points, with the meter usage or the open work order they depend on.
     *
     * @param generatable how many of the first points may be generated now (within the horizon):
     *     all of a fixed or meter plan's; the next one of a floating plan (the later ones count
     *     from its completion), none while its last work order is open
     */
    record Upcoming(List<PlannedPoint> points, int generatable, MeterUsage usage, UUID waitingFor) {

        static Upcoming all(List<PlannedPoint> points, MeterUsage usage) {
            return new Upcoming(points, points.size(), usage, null);
        }

        /** The points the scheduled run generates now: the generatable ones within the horizon. */
        List<PlannedPoint> due(LocalDate horizonEnd) {
            return points.stream()
                    .limit(generatable)
                    .takeWhile(p -> p.within(horizonEnd))
                    .toList();
        }
    }
}
