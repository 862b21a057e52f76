package org.millwright.maintenance.internal.workorder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.millwright.maintenance.WorkOrderStatus;

/**
 * One change of a work order, append-only: who, when, what (a status move and its reason, or
 * the fields changed as JSON {@code {"field": {"from": .., "to": ..}}}). Its identity orders the
 * entries of one work order.
 */
@Entity
@Table(name = "work_order_history")
public class HistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "work_order_id", nullable = false, updatable = false)
    private UUID workOrderId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor_id", updatable = false)
    private UUID actorId;

    @Column(name = "actor_label", nullable = false, length = 200, updatable = false)
    private String actorLabel;

    @Column(nullable = false, length = 40, updatable = false)
    private String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20, updatable = false)
    private WorkOrderStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", length = 20, updatable = false)
    private WorkOrderStatus toStatus;

    @Column(length = 8000, updatable = false)
    private String changes;

    @Column(length = 2000, updatable = false)
    private String note;

    protected HistoryEntry() {}

    HistoryEntry(UUID workOrderId, Instant occurredAt, Actor actor, String action, Change change) {
        this.workOrderId = workOrderId;
        this.occurredAt = occurredAt;
        this.actorId = actor.id();
        this.actorLabel = actor.label();
        this.action = action;
        this.fromStatus = change.from();
        this.toStatus = change.to();
        this.changes = change.changesJson();
        this.note = change.note();
    }

    public Long getId() {
        return id;
    }

    public UUID getWorkOrderId() {
        return workOrderId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public UUID getActorId() {
        return actorId;
    }

    public String getActorLabel() {
        return actorLabel;
    }

    public String getAction() {
        return action;
    }

    public WorkOrderStatus getFromStatus() {
        return fromStatus;
    }

    public WorkOrderStatus getToStatus() {
        return toStatus;
    }

    public String getChanges() {
        return changes;
    }

    public String getNote() {
        return note;
    }

    /** What an entry records besides who and when; every part may be null. */
    record Change(WorkOrderStatus from, WorkOrderStatus to, String changesJson, String note) {}
}
