package org.millwright.maintenance.internal.parts;

import java.math.BigDecimal;
import java.util.UUID;

/** A part below its minimum stock at a site; {@code shortfall} is what brings it back to the minimum. */
public record LowStockItem(
        UUID partId,
        String partNumber,
        String description,
        String unit,
        UUID siteId,
        BigDecimal onHand,
        BigDecimal minimum,
        String binLocation,
        BigDecimal shortfall) {

    /** Built by the repository's query. */
    public LowStockItem(
            UUID partId,
            String partNumber,
            String description,
            PartUnit unit,
            UUID siteId,
            BigDecimal onHand,
            BigDecimal minimum,
            String binLocation) {
        this(
                partId,
                partNumber,
                description,
                unit.wire(),
                siteId,
                Quantities.plain(onHand),
                Quantities.plain(minimum),
                binLocation,
                Quantities.plain(minimum.subtract(onHand)));
    }
}
