package org.millwright.maintenance;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A work order was assigned, or reassigned: {@code assigneeIds} are now responsible for it,
 * {@code previousAssigneeIds} were before (empty on a first assignment).
 */
public record WorkOrderAssigned(
        UUID tenantId,
        UUID workOrderId,
        String number,
        UUID assetId,
        UUID siteId,
        WorkOrderPriority priority,
        Set<UUID> assigneeIds,
        Set<UUID> previousAssigneeIds,
        UUID actorId,
        Instant occurredAt) {

    public WorkOrderAssigned {
        assigneeIds = Set.copyOf(assigneeIds);
        previousAssigneeIds = Set.copyOf(previousAssigneeIds);
    }
}
