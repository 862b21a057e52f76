package org.millwright.maintenance.internal.preventive;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.millwright.maintenance.WorkOrderPriority;
import org.millwright.maintenance.WorkOrderType;
import org.millwright.platform.tenancy.TenantScoped;

/**
 * A preventive plan: work on one asset that falls due by the calendar or by a meter, and the
 * work order (title, type, priority, checklist, assignees) each due point generates.
 */
@Entity
@Table(name = "preventive_plans")
public class PreventivePlan extends TenantScoped {

    @Column(name = "site_id", nullable = false, updatable = false)
    private UUID siteId;

    @Column(name = "asset_id", nullable = false, updatable = false)
    private UUID assetId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 4000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "wo_type", nullable = false, length = 20)
    private WorkOrderType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private WorkOrderPriority priority;

    @Column(name = "estimated_minutes")
    private Integer estimatedMinutes;

    @Column(nullable = false)
    private boolean active = true;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_kind", nullable = false, length = 10)
    private TriggerKind triggerKind;

    @Column(name = "trigger_every", nullable = false, precision = 15, scale = 3)
    private BigDecimal every;

    @Enumerated(EnumType.STRING)
    @Column(name = "calendar_unit", length = 10)
    private CalendarUnit calendarUnit;

    @Enumerated(EnumType.STRING)
    @Column(name = "calendar_mode", length = 10)
    private CalendarMode calendarMode;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "meter_id")
    private UUID meterId;

    @Column(name = "start_value", precision = 15, scale = 3)
    private BigDecimal startValue;

    @Column(name = "lead_value", precision = 15, scale = 3)
    private BigDecimal lead;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "preventive_plan_tasks", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    @Column(name = "task", nullable = false, length = 500)
    private List<String> tasks = new ArrayList<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "preventive_plan_assignees", joinColumns = @JoinColumn(name = "plan_id"))
    @Column(name = "user_id")
    private Set<UUID> assigneeIds = new LinkedHashSet<>();

    @Column(name = "created_by", updatable = false)
    private UUID createdBy;

    protected PreventivePlan() {}

    PreventivePlan(UUID siteId, UUID assetId, UUID createdBy) {
        this.siteId = siteId;
        this.assetId = assetId;
        this.createdBy = createdBy;
    }

    /** Replaces everything a plan's owner edits; the definition has been checked. */
    void apply(PlanDefinition d) {
        this.name = d.name();
        this.description = d.description();
        this.type = d.type();
        this.priority = d.priority();
        this.estimatedMinutes = d.estimatedMinutes();
        this.tasks.clear();
        this.tasks.addAll(d.tasks());
        this.assigneeIds.clear();
        this.assigneeIds.addAll(d.assigneeIds());
        Trigger t = d.trigger();
        this.triggerKind = t.kind();
        this.every = t.every();
        this.calendarUnit = t.unit();
        this.calendarMode = t.mode();
        this.startDate = t.startDate();
        this.meterId = t.meterId();
        this.startValue = t.startValue();
        this.lead = t.lead();
    }

    void activate(boolean on) {
        this.active = on;
    }

    public Trigger trigger() {
        return new Trigger(triggerKind, every, calendarUnit, startDate, calendarMode, meterId, startValue, lead);
    }

    public UUID getSiteId() {
        return siteId;
    }

    public UUID getAssetId() {
        return assetId;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public WorkOrderType getType() {
        return type;
    }

    public WorkOrderPriority getPriority() {
        return priority;
    }

    public Integer getEstimatedMinutes() {
        return estimatedMinutes;
    }

    public boolean isActive() {
        return active;
    }

    public List<String> getTasks() {
        return List.copyOf(tasks);
    }

    public Set<UUID> getAssigneeIds() {
        return Set.copyOf(assigneeIds);
    }

    public UUID getCreatedBy() {
        return createdBy;
    }
}
