package org.millwright.maintenance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A work order was opened (status OPEN). {@code actorId} is null when the system opened it. */
public record WorkOrderCreated(
        UUID tenantId,
        UUID workOrderId,
        String number,
        UUID assetId,
        UUID siteId,
        WorkOrderType type,
        WorkOrderPriority priority,
        WorkOrderSource source,
        String sourceRef,
        String title,
        LocalDate dueDate,
        UUID actorId,
        Instant occurredAt) {}
