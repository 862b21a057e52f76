package org.millwright.maintenance.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** The asset types of the tenant in context. */
public interface TenantAssetTypeRepository extends JpaRepository<TenantAssetType, UUID> {

    Optional<TenantAssetType> findByCode(String code);

    List<TenantAssetType> findAllByOrderByCode();
}
