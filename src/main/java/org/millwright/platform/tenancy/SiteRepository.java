package org.millwright.platform.tenancy;

import java.util.Collection;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Sites of the tenant in context: Hibernate filters every query by tenant. */
public interface SiteRepository extends JpaRepository<Site, UUID> {

    boolean existsByCode(String code);

    Page<Site> findByIdIn(Collection<UUID> ids, Pageable pageable);
}
