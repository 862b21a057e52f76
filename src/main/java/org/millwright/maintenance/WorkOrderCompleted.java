package org.millwright.maintenance;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A work order's work is done (status COMPLETED), with the failure codes, downtime and the times
 * KPIs need ({@code startedAt} is when work first started; null if it never did).
 */
public record WorkOrderCompleted(
        UUID tenantId,
        UUID workOrderId,
        String number,
        UUID assetId,
        UUID siteId,
        WorkOrderType type,
        WorkOrderPriority priority,
        String failureMode,
        String cause,
        String remedy,
        Integer downtimeMinutes,
        Instant startedAt,
        Instant completedAt,
        Set<UUID> assigneeIds,
        UUID actorId) {

    public WorkOrderCompleted {
        assigneeIds = Set.copyOf(assigneeIds);
    }
}
