package org.millwright.maintenance.internal.workorder;

import java.time.Instant;
import java.util.UUID;
import org.millwright.maintenance.WorkOrderStatus;
import tools.jackson.databind.JsonNode;

/**
 * A work order history entry as the API shows it: when, who ({@code actorId} and the label they
 * had), the action ({@code created}, {@code updated}, a transition such as {@code start}, or an
 * item change such as {@code labour-added}), the status move if any, the changed values and the
 * reason given.
 */
public record HistoryView(
        Instant occurredAt,
        UUID actorId,
        String actor,
        String action,
        WorkOrderStatus fromStatus,
        WorkOrderStatus toStatus,
        JsonNode changes,
        String note) {}
