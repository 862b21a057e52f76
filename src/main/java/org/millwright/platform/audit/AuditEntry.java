package org.millwright.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One administrative or configuration change: who, what, when, before and after. Platform-level
 * entries have no tenant, so this table is read through {@link AuditLog} only, which scopes it.
 */
@Entity
@Table(name = "audit_log")
public class AuditEntry {

    @Id
    private UUID id = UUID.randomUUID();

    @Column(name = "tenant_id")
    private UUID tenantId;

    @Column(name = "actor_id")
    private UUID actorId;

    @Column(name = "actor_label", length = 254)
    private String actorLabel;

    @Column(nullable = false, length = 80)
    private String action;

    @Column(name = "target_type", length = 60)
    private String targetType;

    @Column(name = "target_id", length = 80)
    private String targetId;

    @Column(name = "before_json", length = 20000)
    private String beforeJson;

    @Column(name = "after_json", length = 20000)
    private String afterJson;

    @Column(name = "request_id", length = 64)
    private String requestId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected AuditEntry() {}

    AuditEntry(
            UUID tenantId,
            UUID actorId,
            String actorLabel,
            String action,
            String targetType,
            String targetId,
            String beforeJson,
            String afterJson,
            String requestId,
            Instant occurredAt) {
        this.tenantId = tenantId;
        this.actorId = actorId;
        this.actorLabel = actorLabel;
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.beforeJson = beforeJson;
        this.afterJson = afterJson;
        this.requestId = requestId;
        this.occurredAt = occurredAt;
    }

    public UUID getId() {
        return id;
    }

    public UUID getTenantId() {
        return tenantId;
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

    public String getTargetType() {
        return targetType;
    }

    public String getTargetId() {
        return targetId;
    }

    public String getBeforeJson() {
        return beforeJson;
    }

    public String getAfterJson() {
        return afterJson;
    }

    public String getRequestId() {
        return requestId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
