package org.millwright.maintenance.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Assets of the tenant in context. */
public interface AssetRepository extends JpaRepository<Asset, UUID>, JpaSpecificationExecutor<Asset> {

    boolean existsByCode(String code);

    boolean existsByAreaId(UUID areaId);

    boolean existsByParentId(UUID parentId);

    boolean existsByType(String type);

    Optional<Asset> findByPublicToken(String publicToken);

    List<Asset> findBySiteIdOrderByCode(UUID siteId);
}
