package org.millwright.maintenance.internal.workorder;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.BatchSize;
import org.millwright.maintenance.WorkOrderCompletion;
import org.millwright.maintenance.WorkOrderPriority;
import org.millwright.maintenance.WorkOrderSource;
import org.millwright.maintenance.WorkOrderStatus;
import org.millwright.maintenance.WorkOrderSummary;
import org.millwright.maintenance.WorkOrderType;
import org.millwright.platform.tenancy.TenantScoped;

/**
 * A work order: numbered per tenant and year, on one asset, moved through its statuses only by
 * {@link #moveTo}, which the services call after checking the state machine.
 */
@Entity
@Table(name = "work_orders")
public class WorkOrder extends TenantScoped {

    @Column(name = "site_id", nullable = false, updatable = false)
    private UUID siteId;

    @Column(name = "asset_id", nullable = false, updatable = false)
    private UUID assetId;

    @Column(name = "wo_number", nullable = false, length = 20, updatable = false)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(name = "wo_type", nullable = false, length = 20)
    private WorkOrderType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private WorkOrderPriority priority;

    /** The priority as a number, so lists sort URGENT first. */
    @Column(name = "priority_rank", nullable = false)
    private short priorityRank;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private WorkOrderStatus status = WorkOrderStatus.OPEN;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 4000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private WorkOrderSource source;

    @Column(name = "source_ref", length = 100, updatable = false)
    private String sourceRef;

    @Column(length = 1000, updatable = false)
    private String reason;

    @Column(name = "due_date")
    private LocalDate dueDate;

    /** Minutes the work is expected to take; null when not estimated. */
    @Column(name = "estimated_minutes")
    private Integer estimatedMinutes;

    @Column(name = "created_by", updatable = false)
    private UUID createdBy;

    @ElementCollection
    @BatchSize(size = 200)
    @CollectionTable(name = "work_order_assignees", joinColumns = @JoinColumn(name = "work_order_id"))
    private Set<Assignment> assignments = new HashSet<>();

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "completed_by")
    private UUID completedBy;

    @Column(name = "failure_mode", length = 20)
    private String failureMode;

    @Column(name = "failure_cause", length = 20)
    private String failureCause;

    @Column(length = 20)
    private String remedy;

    @Column(name = "downtime_minutes")
    private Integer downtimeMinutes;

    @Column(name = "completion_notes", length = 4000)
    private String completionNotes;

    @Column(name = "hold_reason", length = 1000)
    private String holdReason;

    @Column(name = "cancel_reason", length = 1000)
    private String cancelReason;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected WorkOrder() {}

    WorkOrder(UUID siteId, UUID assetId, String number, Origin origin, Fields fields, UUID createdBy, Instant now) {
        this.siteId = siteId;
        this.assetId = assetId;
        this.number = number;
        this.source = origin.source();
        this.sourceRef = origin.sourceRef();
        this.reason = origin.reason();
        this.createdBy = createdBy;
        this.statusChangedAt = now;
        apply(fields);
    }

    /** Replaces the editable fields. */
    final void apply(Fields f) {
        this.type = f.type();
        this.priority = f.priority();
        this.priorityRank = (short) f.priority().rank();
        this.title = f.title();
        this.description = f.description();
        this.dueDate = f.dueDate();
        this.estimatedMinutes = f.estimatedMinutes();
    }

    /** Moves to a status the caller has checked is allowed, keeping the times KPIs need. */
    void moveTo(WorkOrderStatus target, Instant now) {
        if (target == WorkOrderStatus.IN_PROGRESS && startedAt == null) {
            startedAt = now;
        }
        if (target == WorkOrderStatus.CLOSED) {
            closedAt = now;
        }
        if (target != status) {
            statusChangedAt = now;
        }
        status = target;
    }

    void assignTo(Set<UUID> userIds) {
        assignments.clear(); // a reassignment to the same people is still a change (a new version)
        for (UUID user : userIds) {
            assignments.add(new Assignment(user, getCreatedAt()));
        }
    }

    void holdBecause(String why) {
        this.holdReason = why;
    }

    void cancelBecause(String why) {
        this.cancelReason = why;
    }

    void complete(WorkOrderCompletion c, UUID by, Instant now) {
        this.failureMode = c.failureMode();
        this.failureCause = c.cause();
        this.remedy = c.remedy();
        this.downtimeMinutes = c.downtimeMinutes();
        this.completionNotes = c.notes();
        this.completedBy = by;
        this.completedAt = now;
    }

    public WorkOrderSummary summary() {
        return new WorkOrderSummary(
                getId(),
                number,
                siteId,
                assetId,
                type,
                priority,
                status,
                title,
                source,
                sourceRef,
                dueDate,
                getAssigneeIds(),
                getCreatedAt(),
                getUpdatedAt(),
                getVersion());
    }

    Fields fields() {
        return new Fields(type, priority, title, description, dueDate, estimatedMinutes);
    }

    public UUID getSiteId() {
        return siteId;
    }

    public UUID getAssetId() {
        return assetId;
    }

    public String getNumber() {
        return number;
    }

    public WorkOrderType getType() {
        return type;
    }

    public WorkOrderPriority getPriority() {
        return priority;
    }

    public WorkOrderStatus getStatus() {
        return status;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public WorkOrderSource getSource() {
        return source;
    }

    public String getSourceRef() {
        return sourceRef;
    }

    public String getReason() {
        return reason;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Integer getEstimatedMinutes() {
        return estimatedMinutes;
    }

    public UUID getCreatedBy() {
        return createdBy;
    }

    public Set<UUID> getAssigneeIds() {
        return assignments.stream().map(Assignment::userId).collect(Collectors.toUnmodifiableSet());
    }

    public Instant getStatusChangedAt() {
        return statusChangedAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public UUID getCompletedBy() {
        return completedBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getHoldReason() {
        return holdReason;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    /** The completion as recorded, or null before completion. */
    public WorkOrderCompletion completion() {
        return completedAt == null
                ? null
                : new WorkOrderCompletion(failureMode, failureCause, remedy, downtimeMinutes, completionNotes);
    }

    /** The editable fields of a work order. */
    public record Fields(
            WorkOrderType type,
            WorkOrderPriority priority,
            String title,
            String description,
            LocalDate dueDate,
            Integer estimatedMinutes) {}

    /** What opened a work order. */
    public record Origin(WorkOrderSource source, String sourceRef, String reason) {}
}
