package org.millwright.maintenance.internal.request;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Maintenance requests of the tenant in context. */
public interface MaintenanceRequestRepository
        extends JpaRepository<MaintenanceRequest, UUID>, JpaSpecificationExecutor<MaintenanceRequest> {

    long countByAssetIdAndStatus(UUID assetId, RequestStatus status);

    boolean existsByReference(String reference);

    boolean existsByAssetId(UUID assetId);
}
