package org.millwright.maintenance;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What opening a work order takes. {@code sourceRef} is the id of what opened it (an alarm, a
 * prediction, a request), {@code reason} why, in words; {@code dueDate} is a day in the asset's
 * plant; {@code estimatedMinutes} how long the work is expected to take (1 minute to a year; the
 * KPIs' backlog adds them up). Only the asset, the type, the priority, the title and the source are
 * required.
 */
public record NewWorkOrder(
        UUID assetId,
        WorkOrderType type,
        WorkOrderPriority priority,
        String title,
        String description,
        WorkOrderSource source,
        String sourceRef,
        String reason,
        LocalDate dueDate,
        Integer estimatedMinutes) {

    /** A work order without an estimate. */
    public NewWorkOrder(
            UUID assetId,
            WorkOrderType type,
            WorkOrderPriority priority,
            String title,
            String description,
            WorkOrderSource source,
            String sourceRef,
            String reason,
            LocalDate dueDate) {
        this(assetId, type, priority, title, description, source, sourceRef, reason, dueDate, null);
    }
}
