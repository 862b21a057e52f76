package org.millwright.maintenance.internal.preventive;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.millwright.platform.tenancy.TenantScoped;

/**
 * A due point a plan has generated its work order for. The pair (plan, due point) is unique in
 * the database, and the row is written in the transaction that creates the work order.
 */
@Entity
@Table(name = "preventive_plan_points")
public class PlanPoint extends TenantScoped {

    @Column(name = "plan_id", nullable = false, updatable = false)
    private UUID planId;

    @Column(name = "due_point", nullable = false, length = 40, updatable = false)
    private String duePoint;

    @Column(name = "due_date", updatable = false)
    private LocalDate dueDate;

    @Column(name = "due_value", precision = 15, scale = 3, updatable = false)
    private BigDecimal dueValue;

    @Column(name = "missed_points", nullable = false, updatable = false)
    private int missedPoints;

    @Column(name = "work_order_id", nullable = false, updatable = false)
    private UUID workOrderId;

    protected PlanPoint() {}

    PlanPoint(UUID planId, PlannedPoint point, UUID workOrderId) {
        this.planId = planId;
        this.duePoint = point.key();
        this.dueDate = point.dueDate();
        this.dueValue = point.dueValue();
        this.missedPoints = point.missedBefore();
        this.workOrderId = workOrderId;
    }

    public UUID getPlanId() {
        return planId;
    }

    public String getDuePoint() {
        return duePoint;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public BigDecimal getDueValue() {
        return dueValue;
    }

    public int getMissedPoints() {
        return missedPoints;
    }

    public UUID getWorkOrderId() {
        return workOrderId;
    }
}
