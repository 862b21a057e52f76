package org.millwright.platform.tenancy;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Tenants themselves are platform data, listed by platform admins only. */
public interface TenantRepository extends JpaRepository<Tenant, UUID> {

    boolean existsBySlug(String slug);
}
