package org.millwright.maintenance.internal.preventive;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.millwright.maintenance.NewWorkOrder;
import org.millwright.maintenance.WorkOrderSource;
import org.millwright.maintenance.WorkOrderSummary;
import org.millwright.maintenance.internal.MaintenanceSettings;
import org.millwright.maintenance.internal.workorder.Actor;
import org.millwright.maintenance.internal.workorder.Assignees;
import org.millwright.maintenance.internal.workorder.WorkOrderService;
import org.millwright.platform.audit.AuditLog;
import org.millwright.platform.error.ConflictException;
import org.millwright.platform.error.NotFoundException;
import org.millwright.platform.tenancy.SiteService;
import org.millwright.platform.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generates the work orders of plans' due points that fall within the horizon ({@code
 * millwright.maintenance.preventive.horizon} from now). One plan is generated in one transaction
 * that first locks the plan's row, so two runs of the same plan (two nodes, or the scheduled run
 * and a manual one) take turns and the second finds the points the first generated. Each point's
 * row, unique per plan and point, is written with its work order: even a run that got past the
 * lock could not generate a point twice. A run that meets another (a lock timeout, the unique
 * key, the year's first work order number) is retried.
 */
@Service
public class PlanGenerator {

    /** Most work orders one plan generates in one run; the rest come with the next run. */
    static final int MAX_PER_RUN = 100;

    private static final int ATTEMPTS = 5;
    private static final Logger log = LoggerFactory.getLogger(PlanGenerator.class);
    private final PreventivePlanRepository plans;
    private final PlanPointRepository points;
    private final PlanSchedules schedules;
    private final PlanService planService;
    private final WorkOrderService workOrders;
    private final Assignees assignees;
    private final SiteService sites;
    private final MaintenanceSettings settings;
    private final TransactionTemplate tx;
    private final AuditLog audit;
    private final Clock clock;

    PlanGenerator(
            PreventivePlanRepository plans,
            PlanPointRepository points,
            PlanSchedules schedules,
            PlanService planService,
            WorkOrderService workOrders,
            Assignees assignees,
            SiteService sites,
            MaintenanceSettings settings,
            TransactionTemplate tx,
            AuditLog audit,
            Clock clock) {
        this.plans = plans;
        this.points = points;
        this.schedules = schedules;
        this.planService = planService;
        this.workOrders = workOrders;
        this.assignees = assignees;
        this.sites = sites;
        this.settings = settings;
        this.tx = tx;
        this.audit = audit;
        this.clock = clock;
    }

    /** Generates one plan the caller may see (404 otherwise), now. */
    public PlanRun generateVisible(UUID planId) {
        planService.load(planId);
        PlanRun run = generate(planId, clock.instant());
        audit.record(
                "preventive-plan.generated",
                "preventive-plan",
                planId,
                null,
                Map.of("workOrders", run.workOrders().size(), "missedPoints", run.missedPoints()));
        return run;
    }

    /** Generates every active plan of the tenant in context, now (what the scheduled run does). */
    public TenantRun generateAllNow() {
        TenantRun run = generateAll(clock.instant());
        audit.record("preventive-plans.generated", "tenant", TenantContext.require(), null, run);
        return run;
    }

    /** Generates every active plan of the tenant in context, as of {@code now}. */
    public TenantRun generateAll(Instant now) {
        List<UUID> ids = plans.findActiveIds();
        int created = 0;
        int missed = 0;
        int failed = 0;
        for (UUID id : ids) {
            try {
                PlanRun run = generate(id, now);
                created += run.workOrders().size();
                missed += run.missedPoints();
            } catch (RuntimeException e) {
                failed++;
                log.warn("Preventive plan {} could not generate its work orders", id, e);
            }
        }
        return new TenantRun(ids.size(), created, missed, failed);
    }

    /** Generates one plan (any plant) as of {@code now}; tests pass the moment they need. */
    public PlanRun generate(UUID planId, Instant now) {
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.execute(s -> generateLocked(planId, now));
            } catch (ConcurrencyFailureException | DataIntegrityViolationException e) {
                retryOrGiveUp(planId, attempt, e);
            } catch (ConflictException e) {
                if (!"error.work-order-number-busy".equals(e.messageKey())) {
                    throw e;
                }
                retryOrGiveUp(planId, attempt, e);
            }
        }
    }

    private PlanRun generateLocked(UUID planId, Instant now) {
        PreventivePlan plan =
                plans.findLocked(planId).orElseThrow(() -> NotFoundException.of("entity.preventive-plan", planId));
        if (!plan.isActive()) {
            return new PlanRun(planId, List.of(), 0);
        }
        ZoneId zone = sites.zoneOf(plan.getSiteId());
        LocalDate horizonEnd =
                now.plus(settings.preventive().horizon()).atZone(zone).toLocalDate();
        PlanSchedules.Upcoming upcoming = schedules.upcoming(plan, now, zone, MAX_PER_RUN);
        List<PlannedPoint> due = upcoming.due(horizonEnd);
        Set<UUID> people = plan.getAssigneeIds().isEmpty()
                ? Set.of()
                : assignees.stillEligible(plan.getAssigneeIds(), plan.getSiteId());
        String unit = upcoming.usage() == null ? null : upcoming.usage().unit();
        List<WorkOrderSummary> created = new ArrayList<>();
        int missed = 0;
        for (PlannedPoint point : due) {
            var draft = new WorkOrderService.Draft(order(plan, point, unit), plan.getTasks(), people);
            WorkOrderSummary wo = workOrders.create(draft, Actor.system()).workOrder();
            points.saveAndFlush(new PlanPoint(planId, point, wo.id()));
            created.add(wo);
            missed += point.missedBefore();
        }
        return new PlanRun(planId, created, missed);
    }

    private static NewWorkOrder order(PreventivePlan plan, PlannedPoint point, String unit) {
        return new NewWorkOrder(
                plan.getAssetId(),
                plan.getType(),
                plan.getPriority(),
                plan.getName(),
                plan.getDescription(),
                WorkOrderSource.PREVENTIVE_PLAN,
                plan.getId().toString(),
                reason(plan, point, unit),
                point.dueDate(),
                plan.getEstimatedMinutes());
    }

    /** Why the work order exists, in words (stored with it, like any work order's reason). */
    static String reason(PreventivePlan plan, PlannedPoint point, String unit) {
        StringBuilder why = new StringBuilder("Preventive plan, due ");
        if (point.dueValue() != null) {
            why.append("at ")
                    .append(point.dueValue().stripTrailingZeros().toPlainString())
                    .append(unit == null ? "" : " " + unit);
            if (point.dueDate() != null) {
                why.append(point.projected() ? " (projected " : " (")
                        .append(point.dueDate())
                        .append(')');
            }
        } else {
            why.append(point.dueDate());
        }
        if (point.missedBefore() > 0) {
            why.append("; catch-up for ").append(point.missedBefore()).append(" earlier due point(s) missed");
        }
        if (plan.getEstimatedMinutes() != null) {
            why.append("; estimated ").append(plan.getEstimatedMinutes()).append(" min");
        }
        return why.toString();
    }

    private static void retryOrGiveUp(UUID planId, int attempt, RuntimeException e) {
        if (attempt >= ATTEMPTS) {
            log.info("Preventive plan {} still busy after {} attempts", planId, attempt, e);
            throw new ConflictException("error.plan-generation-busy");
        }
        try { // jittered back-off: the other run holding the plan's lock finishes within milliseconds
            Thread.sleep(ThreadLocalRandom.current().nextLong(20, 120L * attempt));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new ConflictException("error.plan-generation-busy");
        }
    }

    /** What one plan's run generated: its work orders and the missed points they caught up. */
    public record PlanRun(UUID planId, List<WorkOrderSummary> workOrders, int missedPoints) {}

    /** What a tenant's run did: active plans looked at, work orders created, missed points, plans failed. */
    public record TenantRun(int plans, int workOrdersCreated, int missedPoints, int failedPlans) {}
}
