package org.millwright.maintenance.internal.workorder;

import org.millwright.maintenance.WorkOrderPriority;
import org.millwright.maintenance.WorkOrderStatus;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** Message arguments that resolve to a status's or priority's label in the caller's language. */
final class Labels {

    private Labels() {}

    static DefaultMessageSourceResolvable status(WorkOrderStatus status) {
        return new DefaultMessageSourceResolvable("work-order.status." + status.name());
    }

    static DefaultMessageSourceResolvable priority(WorkOrderPriority priority) {
        return new DefaultMessageSourceResolvable("work-order.priority." + priority.name());
    }
}
