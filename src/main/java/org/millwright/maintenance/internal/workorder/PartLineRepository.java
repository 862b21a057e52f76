package org.millwright.maintenance.internal.workorder;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Parts used on work orders of the tenant in context. */
interface PartLineRepository extends JpaRepository<PartLine, UUID> {

    List<PartLine> findByWorkOrderIdOrderByCreatedAt(UUID workOrderId);

    Optional<PartLine> findByIdAndWorkOrderId(UUID id, UUID workOrderId);
}
