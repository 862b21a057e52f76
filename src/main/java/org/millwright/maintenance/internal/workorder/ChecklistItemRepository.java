package org.millwright.maintenance.internal.workorder;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Checklist tasks of the tenant in context. */
interface ChecklistItemRepository extends JpaRepository<ChecklistItem, UUID> {

    List<ChecklistItem> findByWorkOrderIdOrderByPosition(UUID workOrderId);

    Optional<ChecklistItem> findByIdAndWorkOrderId(UUID id, UUID workOrderId);

    long countByWorkOrderId(UUID workOrderId);

    @Query("select coalesce(max(c.position), 0) from ChecklistItem c where c.workOrderId = ?1")
    int lastPosition(UUID workOrderId);
}
