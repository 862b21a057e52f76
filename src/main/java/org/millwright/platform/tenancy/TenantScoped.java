package org.millwright.platform.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * Base of every tenant-owned entity. The tenant column is written from {@link TenantContext} on
 * insert and added to every query Hibernate runs, so isolation holds by construction.
 */
@MappedSuperclass
public abstract class TenantScoped extends AbstractEntity {

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    public UUID getTenantId() {
        return tenantId;
    }
}
