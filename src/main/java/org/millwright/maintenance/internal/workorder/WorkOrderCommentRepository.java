package org.millwright.maintenance.internal.workorder;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Comments on work orders of the tenant in context. */
interface WorkOrderCommentRepository extends JpaRepository<WorkOrderComment, UUID> {

    List<WorkOrderComment> findByWorkOrderIdOrderByCreatedAt(UUID workOrderId);
}
