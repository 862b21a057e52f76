package org.millwright.maintenance;

import java.time.Instant;
import java.util.UUID;

/**
 * A work order moved from one status to another by {@code transition}; {@code reason} is the
 * reason given (hold, decline, cancel), if any. A reassignment (ASSIGNED to ASSIGNED) is not a
 * status change: it publishes {@link WorkOrderAssigned} only.
 */
public record WorkOrderStatusChanged(
        UUID tenantId,
        UUID workOrderId,
        String number,
        UUID assetId,
        UUID siteId,
        WorkOrderPriority priority,
        WorkOrderStatus from,
        WorkOrderStatus to,
        WorkOrderTransition transition,
        String reason,
        UUID actorId,
        Instant occurredAt) {}
