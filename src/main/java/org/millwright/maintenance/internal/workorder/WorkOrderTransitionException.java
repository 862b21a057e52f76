package org.millwright.maintenance.internal.workorder;

import java.util.List;
import org.millwright.maintenance.WorkOrderStatus;
import org.millwright.maintenance.WorkOrderTransition;
import org.millwright.platform.error.ConflictException;

/** A move the state machine does not allow from the work order's status (a 409 listing the allowed ones). */
public class WorkOrderTransitionException extends ConflictException {

    private final WorkOrderStatus status;

    WorkOrderTransitionException(WorkOrder wo, WorkOrderTransition attempted) {
        super(
                "error.work-order-transition",
                wo.getNumber(),
                Labels.status(wo.getStatus()),
                Labels.status(attempted.target()));
        this.status = wo.getStatus();
    }

    public WorkOrderStatus status() {
        return status;
    }

    /** The statuses the work order may move to. */
    public List<WorkOrderStatus> allowedStatuses() {
        return List.copyOf(status.next());
    }

    /** The moves allowed from its status, by endpoint name. */
    public List<String> allowedTransitions() {
        return status.transitions().stream().map(WorkOrderTransition::path).toList();
    }
}
