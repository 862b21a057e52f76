package org.millwright.maintenance.internal.workorder;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.millwright.maintenance.WorkOrderSource;
import org.millwright.maintenance.WorkOrderStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Work orders of the tenant in context. */
public interface WorkOrderRepository extends JpaRepository<WorkOrder, UUID>, JpaSpecificationExecutor<WorkOrder> {

    Optional<WorkOrder> findByNumber(String number);

    List<WorkOrder> findByAssetIdAndStatusInOrderByCreatedAtDesc(UUID assetId, Collection<WorkOrderStatus> statuses);

    Optional<WorkOrder> findFirstByAssetIdAndSourceAndStatusInOrderByCreatedAtDesc(
            UUID assetId, WorkOrderSource source, Collection<WorkOrderStatus> statuses);
}
