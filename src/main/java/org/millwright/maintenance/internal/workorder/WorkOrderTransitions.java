package org.millwright.maintenance.internal.workorder;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.millwright.maintenance.WorkOrderCompletion;
import org.millwright.maintenance.WorkOrderStatus;
import org.millwright.maintenance.WorkOrderTransition;
import org.millwright.platform.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The moves of the work order state machine. Each loads the work order the actor can see, checks
 * the version the client saw (when given), the move against {@link WorkOrderStatus#transitions()}
 * (else a 409 listing the allowed ones) and the actor's right (supervisors everything; assignees
 * accept, decline, start, hold, resume and complete), then records history and publishes events.
 */
@Service
public class WorkOrderTransitions {

    private final WorkOrderRepository workOrders;
    private final WorkOrderAccess access;
    private final Assignees assignees;
    private final WorkOrderHistory history;
    private final WorkOrderEvents events;
    private final WorkOrderViews views;
    private final AuditLog audit;
    private final CompletionRecords records;
    private final Clock clock;

    WorkOrderTransitions(
            WorkOrderRepository workOrders,
            WorkOrderAccess access,
            Assignees assignees,
            WorkOrderHistory history,
            WorkOrderEvents events,
            WorkOrderViews views,
            AuditLog audit,
            CompletionRecords records,
            Clock clock) {
        this.workOrders = workOrders;
        this.access = access;
        this.assignees = assignees;
        this.history = history;
        this.events = events;
        this.views = views;
        this.audit = audit;
        this.records = records;
        this.clock = clock;
    }

    /** Assigns to these users (technicians or above who can see the plant); again from ASSIGNED. */
    @Transactional
    public WorkOrderView assign(UUID id, Set<UUID> userIds, Long version, Actor actor) {
        WorkOrder wo = begin(id, WorkOrderTransition.ASSIGN, version, actor);
        assignLoaded(wo, userIds, actor);
        return views.of(wo);
    }

    /** The assignment of a loaded work order (also used when one is created with assignees). */
    void assignLoaded(WorkOrder wo, Set<UUID> userIds, Actor actor) {
        check(wo, WorkOrderTransition.ASSIGN);
        Set<UUID> chosen = assignees.eligible(userIds, wo.getSiteId());
        Set<UUID> previous = wo.getAssigneeIds();
        wo.assignTo(chosen);
        finishAt(wo, WorkOrderTransition.ASSIGN, WorkOrderStatus.ASSIGNED, null, actor, assignees(previous, chosen));
        events.assigned(wo, previous, actor);
    }

    /**
     * An assignee declines: they leave the work order, which is OPEN again when nobody else is on
     * it. A supervisor (or the system) who is not an assignee withdraws everyone.
     */
    @Transactional
    public WorkOrderView decline(UUID id, String reason, Long version, Actor actor) {
        String why = WorkOrderRules.optional(reason, "reason", WorkOrderRules.MAX_REASON);
        WorkOrder wo = begin(id, WorkOrderTransition.DECLINE, version, actor);
        Set<UUID> previous = wo.getAssigneeIds();
        Set<UUID> declined = WorkOrderAccess.isAssignee(wo, actor) ? Set.of(actor.id()) : previous;
        Set<UUID> remaining = new HashSet<>(previous);
        remaining.removeAll(declined);
        wo.assignTo(remaining);
        WorkOrderStatus target = remaining.isEmpty() ? WorkOrderStatus.OPEN : WorkOrderStatus.ASSIGNED;
        finishAt(wo, WorkOrderTransition.DECLINE, target, why, actor, assignees(previous, remaining));
        events.declined(wo, declined, why, actor);
        return views.of(wo);
    }

    @Transactional
    public WorkOrderView accept(UUID id, Long version, Actor actor) {
        return simple(id, WorkOrderTransition.ACCEPT, version, actor);
    }

    @Transactional
    public WorkOrderView start(UUID id, Long version, Actor actor) {
        return simple(id, WorkOrderTransition.START, version, actor);
    }

    @Transactional
    public WorkOrderView hold(UUID id, String reason, Long version, Actor actor) {
        String why = WorkOrderRules.optional(reason, "reason", WorkOrderRules.MAX_REASON);
        WorkOrder wo = begin(id, WorkOrderTransition.HOLD, version, actor);
        wo.holdBecause(why);
        finishAt(wo, WorkOrderTransition.HOLD, WorkOrderStatus.ON_HOLD, why, actor, null);
        return views.of(wo);
    }

    @Transactional
    public WorkOrderView resume(UUID id, Long version, Actor actor) {
        WorkOrder wo = begin(id, WorkOrderTransition.RESUME, version, actor);
        wo.holdBecause(null);
        finishAt(wo, WorkOrderTransition.RESUME, WorkOrderStatus.IN_PROGRESS, null, actor, null);
        return views.of(wo);
    }

    /**
     * Work done: failure codes (checked against the catalogue), downtime and notes recorded, one
     * maintenance-history record written, {@code WorkOrderCompleted} published.
     */
    @Transactional
    public WorkOrderView complete(UUID id, WorkOrderCompletion completion, Long version, Actor actor) {
        WorkOrderCompletion given = WorkOrderRules.completion(completion);
        WorkOrder wo = begin(id, WorkOrderTransition.COMPLETE, version, actor);
        WorkOrderCompletion c = records.checked(given);
        Instant at = Instant.now(clock);
        wo.complete(c, actor.id(), at);
        finishAt(wo, WorkOrderTransition.COMPLETE, WorkOrderStatus.COMPLETED, c.notes(), actor, completionChanges(c));
        records.record(wo, c, at);
        events.completed(wo, actor);
        return views.of(wo);
    }

    /** Completed work checked and closed (supervisors). */
    @Transactional
    public WorkOrderView close(UUID id, Long version, Actor actor) {
        return simple(id, WorkOrderTransition.CLOSE, version, actor);
    }

    @Transactional
    public WorkOrderView cancel(UUID id, String reason, Long version, Actor actor) {
        String why = WorkOrderRules.optional(reason, "reason", WorkOrderRules.MAX_REASON);
        WorkOrder wo = begin(id, WorkOrderTransition.CANCEL, version, actor);
        wo.cancelBecause(why);
        finishAt(wo, WorkOrderTransition.CANCEL, WorkOrderStatus.CANCELLED, why, actor, null);
        return views.of(wo);
    }

    private WorkOrderView simple(UUID id, WorkOrderTransition move, Long version, Actor actor) {
        WorkOrder wo = begin(id, move, version, actor);
        finishAt(wo, move, move.target(), null, actor, null);
        return views.of(wo);
    }

    private WorkOrder begin(UUID id, WorkOrderTransition move, Long version, Actor actor) {
        WorkOrder wo = access.load(id, actor);
        WorkOrderAccess.requireVersion(wo, version);
        check(wo, move);
        switch (move) {
            case ASSIGN, CLOSE, CANCEL -> WorkOrderAccess.requireSupervisor(actor);
            default -> WorkOrderAccess.requireAssigneeOrSupervisor(wo, actor);
        }
        return wo;
    }

    private static void check(WorkOrder wo, WorkOrderTransition move) {
        if (!move.allowedFrom(wo.getStatus())) {
            throw new WorkOrderTransitionException(wo, move);
        }
    }

    private void finishAt(
            WorkOrder wo,
            WorkOrderTransition move,
            WorkOrderStatus target,
            String reason,
            Actor actor,
            Map<String, ?> changes) {
        WorkOrderStatus from = wo.getStatus();
        wo.moveTo(target, Instant.now(clock));
        finish(wo, move, from, reason, actor, changes);
    }

    private void finish(
            WorkOrder wo,
            WorkOrderTransition move,
            WorkOrderStatus from,
            String reason,
            Actor actor,
            Map<String, ?> changes) {
        workOrders.flush();
        history.moved(wo, actor, move.path(), from, reason, changes);
        events.statusChanged(wo, from, move, reason, actor);
        audit.record(
                "work-order." + move.path(),
                "work-order",
                wo.getId(),
                Map.of("number", wo.getNumber(), "status", from),
                Map.of("number", wo.getNumber(), "status", wo.getStatus()));
    }

    private static Map<String, Object> assignees(Set<UUID> before, Set<UUID> after) {
        return Map.of("assignees", WorkOrderHistory.change(before, after));
    }

    private static Map<String, Object> completionChanges(WorkOrderCompletion c) {
        var changes = new java.util.LinkedHashMap<String, Object>();
        changes.put("failureMode", c.failureMode());
        changes.put("cause", c.cause());
        changes.put("remedy", c.remedy());
        changes.put("downtimeMinutes", c.downtimeMinutes());
        return changes;
    }
}
