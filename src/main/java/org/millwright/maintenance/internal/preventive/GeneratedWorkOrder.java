package org.millwright.maintenance.internal.preventive;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.millwright.maintenance.WorkOrderSummary;

/**
 * A work order a plan generated, with the due point it was generated for ({@code missedPoints}:
 * the earlier points this catch-up stands for).
 */
public record GeneratedWorkOrder(
        String duePoint,
        LocalDate dueDate,
        BigDecimal dueValue,
        int missedPoints,
        Instant generatedAt,
        WorkOrderSummary workOrder) {}
