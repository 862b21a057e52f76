package org.millwright.maintenance.internal.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.millwright.platform.tenancy.TenantScoped;

/** One piece of maintenance work done on a machine (imported, entered by hand, or a completed work order). */
@Entity
@Table(name = "maintenance_records")
public class MaintenanceRecord extends TenantScoped {

    @Column(name = "site_id", nullable = false, updatable = false)
    private UUID siteId;

    @Column(name = "asset_id", nullable = false, updatable = false)
    private UUID assetId;

    @Column(name = "work_order_id", updatable = false)
    private UUID workOrderId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private RecordSource source;

    @Enumerated(EnumType.STRING)
    @Column(name = "work_type", nullable = false, length = 20)
    private WorkType workType;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at", nullable = false)
    private Instant finishedAt;

    @Column(length = 4000)
    private String description;

    @Column(name = "failure_mode", length = 20)
    private String failureMode;

    @Column(name = "failure_cause", length = 20)
    private String failureCause;

    @Column(length = 20)
    private String remedy;

    @Column(name = "downtime_minutes")
    private Integer downtimeMinutes;

    @Column(name = "labour_hours", precision = 10, scale = 2)
    private BigDecimal labourHours;

    @Column(name = "parts_cost", precision = 14, scale = 2)
    private BigDecimal partsCost;

    @Column(name = "labour_cost", precision = 14, scale = 2)
    private BigDecimal labourCost;

    @Column(name = "external_ref", length = 100, updatable = false)
    private String externalRef;

    protected MaintenanceRecord() {}

    MaintenanceRecord(UUID siteId, RecordSource source, UUID workOrderId, RecordDetails d, FailureCoding coding) {
        this.siteId = siteId;
        this.assetId = d.assetId();
        this.source = source;
        this.workOrderId = workOrderId;
        this.workType = d.workType();
        this.startedAt = d.startedAt();
        this.finishedAt = d.finishedAt();
        this.description = d.description();
        this.failureMode = coding.mode();
        this.failureCause = coding.cause();
        this.remedy = coding.remedy();
        this.downtimeMinutes = d.downtimeMinutes();
        this.labourHours = d.labourHours();
        this.partsCost = d.partsCost();
        this.labourCost = d.labourCost();
        this.externalRef = d.externalRef();
    }

    public RecordView view() {
        return new RecordView(
                getId(),
                assetId,
                siteId,
                workOrderId,
                source,
                workType,
                startedAt,
                finishedAt,
                description,
                failureMode,
                failureCause,
                remedy,
                downtimeMinutes,
                labourHours,
                partsCost,
                labourCost,
                externalRef,
                getCreatedAt());
    }

    public UUID getSiteId() {
        return siteId;
    }

    public RecordSource getSource() {
        return source;
    }
}
