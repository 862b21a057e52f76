package org.millwright.maintenance.internal.preventive;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.millwright.maintenance.internal.MaintenanceSettings;
import org.millwright.maintenance.internal.meter.MeterUsage;
import org.millwright.platform.error.InvalidRequestException;
import org.millwright.platform.tenancy.SiteService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A plan's next due points with their (projected) dates, as the scheduled run sees them now. */
@Service
public class PlanForecasts {

    public static final int MAX_COUNT = 50;
    private final PlanService planService;
    private final PlanSchedules schedules;
    private final SiteService sites;
    private final MaintenanceSettings settings;
    private final Clock clock;

    PlanForecasts(
            PlanService planService,
            PlanSchedules schedules,
            SiteService sites,
            MaintenanceSettings settings,
            Clock clock) {
        this.planService = planService;
        this.schedules = schedules;
        this.sites = sites;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Forecast forecast(UUID planId, int count) {
        if (count < 1 || count > MAX_COUNT) {
            throw new InvalidRequestException("error.plan-forecast-count", MAX_COUNT);
        }
        PreventivePlan plan = planService.load(planId);
        Instant now = clock.instant();
        ZoneId zone = sites.zoneOf(plan.getSiteId());
        LocalDate horizonEnd =
                now.plus(settings.preventive().horizon()).atZone(zone).toLocalDate();
        PlanSchedules.Upcoming upcoming = schedules.upcoming(plan, now, zone, count);
        List<PlannedPoint> due = plan.isActive() ? upcoming.due(horizonEnd) : List.of();
        List<ForecastPoint> points = upcoming.points().stream()
                .map(p -> new ForecastPoint(
                        p.key(), p.dueDate(), p.dueValue(), p.projected(), p.missedBefore(), due.contains(p)))
                .toList();
        return new Forecast(
                planId,
                plan.trigger().kind(),
                plan.isActive(),
                now,
                zone.getId(),
                horizonEnd,
                upcoming.usage(),
                upcoming.waitingFor(),
                points);
    }

    /**
     * A plan's forecast.
     *
     * @param horizonEnd the last day the next run generates work orders for
     * @param usage a meter plan's meter: current value and average daily use over the last 30 days
     *     (the projections rest on it)
     * @param waitingForWorkOrderId a floating plan's open work order: nothing falls due before it
     *     is completed, and the dates assume it is completed today
     */
    public record Forecast(
            UUID planId,
            TriggerKind kind,
            boolean active,
            Instant asOf,
            String timeZone,
            LocalDate horizonEnd,
            MeterUsage usage,
            UUID waitingForWorkOrderId,
            List<ForecastPoint> points) {}

    /**
     * A coming due point.
     *
     * @param missedPoints earlier points this catch-up stands for
     * @param generatedNextRun whether the next run generates its work order (within the horizon)
     */
    public record ForecastPoint(
            String duePoint,
            LocalDate dueDate,
            BigDecimal dueValue,
            boolean projected,
            int missedPoints,
            boolean generatedNextRun) {}
}
