package org.millwright.maintenance.internal.parts;

import java.math.BigDecimal;
import java.util.UUID;
import org.millwright.maintenance.PartSummary;

/** A part's stock at one site; a site that never held the part shows zero on hand and no minimum. */
public record StockView(
        UUID partId,
        String partNumber,
        String unit,
        UUID siteId,
        BigDecimal onHand,
        BigDecimal minimum,
        String binLocation,
        boolean belowMinimum) {

    static StockView of(SparePart part, PartSummary.SiteStock s) {
        return new StockView(
                part.getId(),
                part.getPartNumber(),
                part.getUnit().wire(),
                s.siteId(),
                s.onHand(),
                s.minimum(),
                s.binLocation(),
                s.belowMinimum());
    }
}
