package org.millwright.maintenance.internal.meter;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Meters of the tenant in context. */
public interface MeterRepository extends JpaRepository<Meter, UUID> {

    List<Meter> findByAssetIdOrderByName(UUID assetId);

    Optional<Meter> findByIdAndAssetId(UUID id, UUID assetId);

    boolean existsByAssetIdAndName(UUID assetId, String name);
}
