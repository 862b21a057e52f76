package org.millwright.maintenance;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Assignees turned a work order down ({@code declinedBy}); it is OPEN again when {@code
 * remainingAssigneeIds} is empty, so assignment can move on to someone else.
 */
public record WorkOrderDeclined(
        UUID tenantId,
        UUID workOrderId,
        String number,
        UUID assetId,
        UUID siteId,
        WorkOrderPriority priority,
        Set<UUID> declinedBy,
        Set<UUID> remainingAssigneeIds,
        String reason,
        UUID actorId,
        Instant occurredAt) {

    public WorkOrderDeclined {
        declinedBy = Set.copyOf(declinedBy);
        remainingAssigneeIds = Set.copyOf(remainingAssigneeIds);
    }
}
