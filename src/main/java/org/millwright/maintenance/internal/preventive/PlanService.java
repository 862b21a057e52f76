package org.millwright.maintenance.internal.preventive;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.millwright.maintenance.AssetRegistry;
import org.millwright.maintenance.AssetSummary;
import org.millwright.maintenance.WorkOrderSummary;
import org.millwright.maintenance.internal.workorder.Actor;
import org.millwright.maintenance.internal.workorder.Actors;
import org.millwright.maintenance.internal.workorder.WorkOrder;
import org.millwright.maintenance.internal.workorder.WorkOrderRepository;
import org.millwright.platform.audit.AuditLog;
import org.millwright.platform.error.ConflictException;
import org.millwright.platform.error.InvalidRequestException;
import org.millwright.platform.error.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The preventive plans of the plants the caller may see: created, changed, switched on and off,
 * deleted (supervisors), listed and shown (everyone). A plan of another plant looks absent.
 */
@Service
public class PlanService {

    private final PreventivePlanRepository plans;
    private final PlanPointRepository points;
    private final PlanChecks checks;
    private final AssetRegistry assets;
    private final WorkOrderRepository workOrders;
    private final Actors actors;
    private final AuditLog audit;

    PlanService(
            PreventivePlanRepository plans,
            PlanPointRepository points,
            PlanChecks checks,
            AssetRegistry assets,
            WorkOrderRepository workOrders,
            Actors actors,
            AuditLog audit) {
        this.plans = plans;
        this.points = points;
        this.checks = checks;
        this.assets = assets;
        this.workOrders = workOrders;
        this.actors = actors;
        this.audit = audit;
    }

    @Transactional
    public PlanView create(PlanDefinition definition) {
        Actor actor = actors.current();
        UUID assetId = definition.assetId();
        if (assetId == null) {
            throw new InvalidRequestException("error.plan-field-required", "assetId");
        }
        AssetSummary asset = assets.find(assetId)
                .filter(a -> actor.canSee(a.siteId()))
                .orElseThrow(() -> new InvalidRequestException("error.plan-unknown-asset", assetId));
        PlanDefinition checked = checks.check(definition, asset.id(), asset.siteId());
        PreventivePlan plan = new PreventivePlan(asset.siteId(), asset.id(), actor.userId());
        plan.apply(checked);
        plans.saveAndFlush(plan);
        PlanView view = PlanView.of(plan);
        audit.record("preventive-plan.created", "preventive-plan", plan.getId(), null, view);
        return view;
    }

    /**
     * Replaces a plan's definition (its asset stays). With {@code version}, a plan changed since
     * is a 409. Due points already generated stay generated; the new schedule continues after them.
     */
    @Transactional
    public PlanView update(UUID id, Long version, PlanDefinition definition) {
        PreventivePlan plan = load(id);
        if (version != null && version != plan.getVersion()) {
            throw new ConflictException("error.stale-version");
        }
        if (definition.assetId() != null && !definition.assetId().equals(plan.getAssetId())) {
            throw new InvalidRequestException("error.plan-asset-fixed");
        }
        PlanDefinition checked = checks.check(definition, plan.getAssetId(), plan.getSiteId());
        PlanView before = PlanView.of(plan);
        plan.apply(checked);
        plans.flush();
        PlanView after = PlanView.of(plan);
        audit.record("preventive-plan.updated", "preventive-plan", id, before, after);
        return after;
    }

    /**
     * Switches a plan on or off. An inactive plan generates nothing; switched on again, the due
     * points it missed meanwhile become one catch-up work order.
     */
    @Transactional
    public PlanView activate(UUID id, boolean active) {
        PreventivePlan plan = load(id);
        if (plan.isActive() != active) {
            PlanView before = PlanView.of(plan);
            plan.activate(active);
            plans.flush();
            audit.record(
                    active ? "preventive-plan.activated" : "preventive-plan.deactivated",
                    "preventive-plan",
                    id,
                    before,
                    PlanView.of(plan));
        }
        return PlanView.of(plan);
    }

    /** Deletes a plan and its record of generated points; the work orders it generated stay. */
    @Transactional
    public void delete(UUID id) {
        PreventivePlan plan = load(id);
        PlanView before = PlanView.of(plan);
        points.deleteByPlan(id);
        plans.delete(plan);
        plans.flush();
        audit.record("preventive-plan.deleted", "preventive-plan", id, before, null);
    }

    @Transactional(readOnly = true)
    public PlanView get(UUID id) {
        return PlanView.of(load(id));
    }

    @Transactional(readOnly = true)
    public Page<PlanView> list(PlanQuery query, Pageable page) {
        return plans.findAll(query.toSpecification(), page).map(PlanView::of);
    }

    /** The work orders a plan generated, with their due points, in the page's order. */
    @Transactional(readOnly = true)
    public Page<GeneratedWorkOrder> generated(UUID id, Pageable page) {
        load(id);
        Page<PlanPoint> rows = points.findByPlanId(id, page);
        Map<UUID, WorkOrderSummary> orders =
                workOrders.findAllById(rows.map(PlanPoint::getWorkOrderId).getContent()).stream()
                        .map(WorkOrder::summary)
                        .collect(Collectors.toMap(WorkOrderSummary::id, Function.identity()));
        List<GeneratedWorkOrder> items = rows.getContent().stream()
                .map(p -> new GeneratedWorkOrder(
                        p.getDuePoint(),
                        p.getDueDate(),
                        p.getDueValue(),
                        p.getMissedPoints(),
                        p.getCreatedAt(),
                        orders.get(p.getWorkOrderId())))
                .toList();
        return new PageImpl<>(items, page, rows.getTotalElements());
    }

    /** A plan the caller may see; 404 otherwise. */
    PreventivePlan load(UUID id) {
        Actor actor = actors.current();
        return plans.findById(id)
                .filter(p -> actor.canSee(p.getSiteId()))
                .orElseThrow(() -> NotFoundException.of("entity.preventive-plan", id));
    }
}
