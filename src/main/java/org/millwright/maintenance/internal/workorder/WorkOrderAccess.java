package org.millwright.maintenance.internal.workorder;

import java.util.UUID;
import org.millwright.platform.error.ConflictException;
import org.millwright.platform.error.ForbiddenException;
import org.millwright.platform.error.NotFoundException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Who may see and change a work order: actors see the work orders of the sites they are bound to
 * (another site's look absent); supervisors change everything, technicians the work orders they
 * are assigned to.
 */
@Component
class WorkOrderAccess {

    private final WorkOrderRepository workOrders;

    WorkOrderAccess(WorkOrderRepository workOrders) {
        this.workOrders = workOrders;
    }

    WorkOrder load(UUID id, Actor actor) {
        return workOrders
                .findById(id)
                .filter(w -> actor.canSee(w.getSiteId()))
                .orElseThrow(() -> NotFoundException.of("entity.work-order", id));
    }

    static void requireSupervisor(Actor actor) {
        if (!actor.isSupervisor()) {
            throw new ForbiddenException("error.work-order-supervisor-only");
        }
    }

    static void requireAssigneeOrSupervisor(WorkOrder wo, Actor actor) {
        if (!actor.isSupervisor() && !isAssignee(wo, actor)) {
            throw new ForbiddenException("error.work-order-not-assignee", wo.getNumber());
        }
    }

    static boolean isAssignee(WorkOrder wo, Actor actor) {
        return actor.user() && wo.getAssigneeIds().contains(actor.id());
    }

    /** The version the client saw, when it sent one, must be the current one. */
    static void requireVersion(WorkOrder wo, Long expected) {
        if (expected != null && expected != wo.getVersion()) {
            throw new ConflictException("error.stale-version");
        }
    }

    /** Checklist, labour, parts and attachments change until the work order is closed or cancelled. */
    static void requireNotFinal(WorkOrder wo) {
        if (wo.getStatus().isFinal()) {
            throw new ConflictException("error.work-order-final", wo.getNumber(), statusLabel(wo));
        }
    }

    static DefaultMessageSourceResolvable statusLabel(WorkOrder wo) {
        return Labels.status(wo.getStatus());
    }
}
