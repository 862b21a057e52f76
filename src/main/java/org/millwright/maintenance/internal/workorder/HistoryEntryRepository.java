package org.millwright.maintenance.internal.workorder;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** History of work orders of the tenant in context. */
interface HistoryEntryRepository extends JpaRepository<HistoryEntry, Long> {

    Page<HistoryEntry> findByWorkOrderIdOrderByIdAsc(UUID workOrderId, Pageable page);

    long countByWorkOrderId(UUID workOrderId);
}
