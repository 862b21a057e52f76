package org.millwright.maintenance.internal.workorder;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.millwright.maintenance.WorkOrderAssigned;
import org.millwright.maintenance.WorkOrderCompleted;
import org.millwright.maintenance.WorkOrderCreated;
import org.millwright.maintenance.WorkOrderDeclined;
import org.millwright.maintenance.WorkOrderStatus;
import org.millwright.maintenance.WorkOrderStatusChanged;
import org.millwright.maintenance.WorkOrderTransition;
import org.millwright.platform.tenancy.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes the work order events inside the transaction that made the change, so the event
 * registry stores them with it; each carries the tenant for listeners that run outside the request.
 */
@Component
class WorkOrderEvents {

    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    WorkOrderEvents(ApplicationEventPublisher publisher, Clock clock) {
        this.publisher = publisher;
        this.clock = clock;
    }

    void created(WorkOrder wo, Actor actor) {
        publisher.publishEvent(new WorkOrderCreated(
                TenantContext.require(),
                wo.getId(),
                wo.getNumber(),
                wo.getAssetId(),
                wo.getSiteId(),
                wo.getType(),
                wo.getPriority(),
                wo.getSource(),
                wo.getSourceRef(),
                wo.getTitle(),
                wo.getDueDate(),
                actor.userId(),
                now()));
    }

    void assigned(WorkOrder wo, Set<UUID> previous, Actor actor) {
        publisher.publishEvent(new WorkOrderAssigned(
                TenantContext.require(),
                wo.getId(),
                wo.getNumber(),
                wo.getAssetId(),
                wo.getSiteId(),
                wo.getPriority(),
                wo.getAssigneeIds(),
                previous,
                actor.userId(),
                now()));
    }

    void declined(WorkOrder wo, Set<UUID> declinedBy, String reason, Actor actor) {
        publisher.publishEvent(new WorkOrderDeclined(
                TenantContext.require(),
                wo.getId(),
                wo.getNumber(),
                wo.getAssetId(),
                wo.getSiteId(),
                wo.getPriority(),
                declinedBy,
                wo.getAssigneeIds(),
                reason,
                actor.userId(),
                now()));
    }

    /** Published only when the status really changed. */
    void statusChanged(WorkOrder wo, WorkOrderStatus from, WorkOrderTransition by, String reason, Actor actor) {
        if (from == wo.getStatus()) {
            return;
        }
        publisher.publishEvent(new WorkOrderStatusChanged(
                TenantContext.require(),
                wo.getId(),
                wo.getNumber(),
                wo.getAssetId(),
                wo.getSiteId(),
                wo.getPriority(),
                from,
                wo.getStatus(),
                by,
                reason,
                actor.userId(),
                now()));
    }

    void completed(WorkOrder wo, Actor actor) {
        var c = wo.completion();
        publisher.publishEvent(new WorkOrderCompleted(
                TenantContext.require(),
                wo.getId(),
                wo.getNumber(),
                wo.getAssetId(),
                wo.getSiteId(),
                wo.getType(),
                wo.getPriority(),
                c.failureMode(),
                c.cause(),
                c.remedy(),
                c.downtimeMinutes(),
                wo.getStartedAt(),
                wo.getCompletedAt(),
                wo.getAssigneeIds(),
                actor.userId()));
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
