package org.millwright.maintenance.internal.workorder;

import java.util.UUID;
import org.millwright.maintenance.PartSummary;
import org.millwright.maintenance.internal.parts.PartService;
import org.millwright.maintenance.internal.parts.PartsInventory;
import org.millwright.platform.error.InvalidRequestException;
import org.millwright.platform.error.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * A work order's use of a catalogue part: the line takes its number, description and unit cost
 * from the catalogue where the caller gave none, and the part leaves (or returns to) the stock of
 * the work order's site in the same transaction — a 422 when the site has too few, which undoes
 * the line too. A line without a catalogue part (bought on the spot) touches no stock.
 */
@Component
class PartUse {

    private final PartService catalogue;
    private final PartsInventory inventory;

    PartUse(PartService catalogue, PartsInventory inventory) {
        this.catalogue = catalogue;
        this.inventory = inventory;
    }

    /** The line as given, completed from the catalogue when it names a part; 400 for an unknown part. */
    PartLine.Part completed(PartLine.Part given) {
        if (given.partId() == null) {
            return given;
        }
        PartSummary part;
        try {
            part = catalogue.get(given.partId()).part();
        } catch (NotFoundException e) {
            throw new InvalidRequestException("error.work-order-unknown-part", given.partId());
        }
        return new PartLine.Part(
                part.id(),
                given.partNumber() == null || given.partNumber().isBlank() ? part.partNumber() : given.partNumber(),
                given.description() == null || given.description().isBlank() ? part.description() : given.description(),
                given.quantity(),
                given.unitCost() == null ? part.unitCost() : given.unitCost());
    }

    void take(WorkOrder wo, PartLine.Part part, UUID actorId) {
        if (part.partId() != null) {
            inventory.consume(wo.getSiteId(), part.partId(), part.quantity(), wo.getId(), actorId);
        }
    }

    void giveBack(WorkOrder wo, PartLine.Part part, UUID actorId) {
        if (part.partId() != null) {
            inventory.returnToStock(wo.getSiteId(), part.partId(), part.quantity(), wo.getId(), actorId);
        }
    }
}
