package org.millwright.assistant.internal.feedback;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** Verified fixes of the tenant in context. */
interface VerifiedFixRepository extends JpaRepository<VerifiedFixRow, UUID>, JpaSpecificationExecutor<VerifiedFixRow> {

    Optional<VerifiedFixRow> findByTurnIdAndAssetId(UUID turnId, UUID assetId);

    /** The fixes of a machine, newest first. */
    @Query("select f from VerifiedFixRow f where f.assetId = :assetId order by f.confirmedAt desc")
    List<VerifiedFixRow> ofAsset(UUID assetId, Pageable page);

    /** The fixes of machines of a type, newest first. */
    @Query("select f from VerifiedFixRow f where f.assetType = :assetType order by f.confirmedAt desc")
    List<VerifiedFixRow> ofType(String assetType, Pageable page);
}
