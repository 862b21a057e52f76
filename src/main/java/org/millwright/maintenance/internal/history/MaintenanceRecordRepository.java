package org.millwright.maintenance.internal.history;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Maintenance records of the tenant in context. */
interface MaintenanceRecordRepository
        extends JpaRepository<MaintenanceRecord, UUID>, JpaSpecificationExecutor<MaintenanceRecord> {

    boolean existsByExternalRef(String externalRef);

    boolean existsByWorkOrderId(UUID workOrderId);
}
