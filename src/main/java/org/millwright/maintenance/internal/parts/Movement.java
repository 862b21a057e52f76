package org.millwright.maintenance.internal.parts;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A movement asked for: {@code quantity} is positive for receipts, consumptions and returns (the
 * kind gives the direction) and signed for adjustments.
 */
public record Movement(
        UUID partId,
        UUID siteId,
        MovementKind kind,
        BigDecimal quantity,
        String reason,
        UUID workOrderId,
        UUID actorId) {}
