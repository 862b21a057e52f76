package org.millwright.maintenance.internal.workorder;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Labour time of the tenant in context. */
interface LabourEntryRepository extends JpaRepository<LabourEntry, UUID> {

    List<LabourEntry> findByWorkOrderIdOrderByWorkDateAscCreatedAtAsc(UUID workOrderId);

    Optional<LabourEntry> findByIdAndWorkOrderId(UUID id, UUID workOrderId);
}
