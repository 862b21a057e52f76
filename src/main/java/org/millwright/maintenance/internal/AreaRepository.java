package org.millwright.maintenance.internal;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Areas of the tenant in context. */
public interface AreaRepository extends JpaRepository<Area, UUID> {

    Page<Area> findBySiteId(UUID siteId, Pageable pageable);

    boolean existsBySiteIdAndCode(UUID siteId, String code);
}
