package org.millwright.maintenance.internal.workorder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.millwright.platform.tenancy.TenantScoped;

/** One task of a work order's checklist; done records who ticked it and when. */
@Entity
@Table(name = "work_order_checklist_items")
public class ChecklistItem extends TenantScoped {

    @Column(name = "work_order_id", nullable = false, updatable = false)
    private UUID workOrderId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 500)
    private String task;

    @Column(nullable = false)
    private boolean done;

    @Column(name = "done_by")
    private UUID doneBy;

    @Column(name = "done_at")
    private Instant doneAt;

    protected ChecklistItem() {}

    ChecklistItem(UUID workOrderId, int position, String task) {
        this.workOrderId = workOrderId;
        this.position = position;
        this.task = task;
    }

    void rename(String newTask) {
        this.task = newTask;
    }

    void mark(boolean isDone, UUID by, Instant now) {
        if (isDone && !done) {
            doneBy = by;
            doneAt = now;
        } else if (!isDone) {
            doneBy = null;
            doneAt = null;
        }
        done = isDone;
    }

    public UUID getWorkOrderId() {
        return workOrderId;
    }

    public int getPosition() {
        return position;
    }

    public String getTask() {
        return task;
    }

    public boolean isDone() {
        return done;
    }

    public UUID getDoneBy() {
        return doneBy;
    }

    public Instant getDoneAt() {
        return doneAt;
    }
}
