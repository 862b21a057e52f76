package org.millwright.platform.audit;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Package-private on purpose: only {@link AuditLog} reads this table, always scoped. */
interface AuditEntryRepository extends JpaRepository<AuditEntry, UUID> {

    Page<AuditEntry> findByTenantId(UUID tenantId, Pageable pageable);

    Page<AuditEntry> findByTenantIdAndAction(UUID tenantId, String action, Pageable pageable);

    Page<AuditEntry> findByTenantIdIsNull(Pageable pageable);

    @Modifying
    @Query("update AuditEntry a set a.actorLabel = :label where a.actorId = :actor")
    int relabelActor(UUID actor, String label);

    @Modifying
    @Query("update AuditEntry a set a.beforeJson = replace(a.beforeJson, :text, :replacement),"
            + " a.afterJson = replace(a.afterJson, :text, :replacement) where a.tenantId = :tenantId")
    int redactEverywhere(UUID tenantId, String text, String replacement);

    @Modifying
    @Query("update AuditEntry a set a.beforeJson = replace(a.beforeJson, :text, :replacement),"
            + " a.afterJson = replace(a.afterJson, :text, :replacement)"
            + " where a.targetType = :targetType and a.targetId = :targetId")
    int redactTarget(String targetType, String targetId, String text, String replacement);

    @Modifying
    @Query("delete from AuditEntry a where a.tenantId = :tenantId")
    int deleteByTenant(UUID tenantId);
}
