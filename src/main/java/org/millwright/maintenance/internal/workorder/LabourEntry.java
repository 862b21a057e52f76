package org.millwright.maintenance.internal.workorder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.millwright.platform.tenancy.TenantScoped;

/** Time a person spent on a work order on one day. */
@Entity
@Table(name = "work_order_labour")
public class LabourEntry extends TenantScoped {

    @Column(name = "work_order_id", nullable = false, updatable = false)
    private UUID workOrderId;

    @Column(name = "user_id", nullable = false, updatable = false)
    private UUID userId;

    @Column(nullable = false, updatable = false)
    private int minutes;

    @Column(name = "work_date", nullable = false, updatable = false)
    private LocalDate workDate;

    @Column(length = 500, updatable = false)
    private String note;

    @Column(name = "recorded_by", updatable = false)
    private UUID recordedBy;

    protected LabourEntry() {}

    LabourEntry(UUID workOrderId, UUID userId, int minutes, LocalDate workDate, String note, UUID recordedBy) {
        this.workOrderId = workOrderId;
        this.userId = userId;
        this.minutes = minutes;
        this.workDate = workDate;
        this.note = note;
        this.recordedBy = recordedBy;
    }

    public UUID getWorkOrderId() {
        return workOrderId;
    }

    public UUID getUserId() {
        return userId;
    }

    public int getMinutes() {
        return minutes;
    }

    public LocalDate getWorkDate() {
        return workDate;
    }

    public String getNote() {
        return note;
    }

    public UUID getRecordedBy() {
        return recordedBy;
    }
}
