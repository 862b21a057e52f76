package org.millwright.maintenance.internal.parts;

import java.util.Collection;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** The stock ledger of the tenant in context. */
interface StockMovementRepository extends JpaRepository<StockMovement, UUID> {

    boolean existsByPartId(UUID partId);

    Page<StockMovement> findByPartId(UUID partId, Pageable page);

    Page<StockMovement> findByPartIdAndSiteIdIn(UUID partId, Collection<UUID> siteIds, Pageable page);
}
