package org.millwright.maintenance.internal.photo;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Asset photos of the tenant in context. */
public interface AssetPhotoRepository extends JpaRepository<AssetPhoto, UUID> {

    Page<AssetPhoto> findByAssetId(UUID assetId, Pageable pageable);

    List<AssetPhoto> findTop20ByAssetIdOrderByCreatedAtDesc(UUID assetId);

    Optional<AssetPhoto> findByIdAndAssetId(UUID id, UUID assetId);
}
