package org.millwright.maintenance.internal.workorder;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Attachments of work orders of the tenant in context. */
interface WorkOrderAttachmentRepository extends JpaRepository<WorkOrderAttachment, UUID> {

    List<WorkOrderAttachment> findByWorkOrderIdOrderByCreatedAt(UUID workOrderId);

    Optional<WorkOrderAttachment> findByIdAndWorkOrderId(UUID id, UUID workOrderId);
}
