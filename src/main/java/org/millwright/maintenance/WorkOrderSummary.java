package org.millwright.maintenance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** A work order as lists and other modules see it. */
public record WorkOrderSummary(
        UUID id,
        String number,
        UUID siteId,
        UUID assetId,
        WorkOrderType type,
        WorkOrderPriority priority,
        WorkOrderStatus status,
        String title,
        WorkOrderSource source,
        String sourceRef,
        LocalDate dueDate,
        Set<UUID> assigneeIds,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public WorkOrderSummary {
        assigneeIds = assigneeIds == null ? Set.of() : Set.copyOf(assigneeIds);
    }
}
