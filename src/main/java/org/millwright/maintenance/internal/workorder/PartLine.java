package org.millwright.maintenance.internal.workorder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import org.millwright.platform.tenancy.TenantScoped;

/**
 * A spare part used on a work order, as recorded by the technician: the catalogue part's id when
 * known, its number and description, the quantity and the unit cost.
 */
@Entity
@Table(name = "work_order_parts")
public class PartLine extends TenantScoped {

    @Column(name = "work_order_id", nullable = false, updatable = false)
    private UUID workOrderId;

    @Column(name = "part_id", updatable = false)
    private UUID partId;

    @Column(name = "part_number", nullable = false, length = 60, updatable = false)
    private String partNumber;

    @Column(length = 200, updatable = false)
    private String description;

    @Column(nullable = false, precision = 12, scale = 3, updatable = false)
    private BigDecimal quantity;

    @Column(name = "unit_cost", precision = 14, scale = 2, updatable = false)
    private BigDecimal unitCost;

    @Column(name = "recorded_by", updatable = false)
    private UUID recordedBy;

    protected PartLine() {}

    PartLine(UUID workOrderId, Part part, UUID recordedBy) {
        this.workOrderId = workOrderId;
        this.partId = part.partId();
        this.partNumber = part.partNumber();
        this.description = part.description();
        this.quantity = part.quantity();
        this.unitCost = part.unitCost();
        this.recordedBy = recordedBy;
    }

    public UUID getWorkOrderId() {
        return workOrderId;
    }

    Part part() {
        return new Part(partId, partNumber, description, quantity, unitCost);
    }

    public UUID getRecordedBy() {
        return recordedBy;
    }

    /** The values of a part line. */
    public record Part(UUID partId, String partNumber, String description, BigDecimal quantity, BigDecimal unitCost) {}
}
