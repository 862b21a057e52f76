package org.millwright.maintenance;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A stock movement took a site's on-hand quantity of a spare part from at or above its minimum
 * to below it. Published once per crossing: not again until the quantity is back at or above the
 * minimum and drops below it once more.
 */
public record PartStockLow(
        UUID tenantId, UUID siteId, UUID partId, String partNumber, BigDecimal onHand, BigDecimal minimum) {}
