package org.millwright.maintenance.internal.parts;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Spare parts of the tenant in context. */
interface SparePartRepository extends JpaRepository<SparePart, UUID>, JpaSpecificationExecutor<SparePart> {

    boolean existsByPartNumber(String partNumber);

    @Query("select p from SparePart p where p.active = true order by p.partNumber")
    List<SparePart> findActive(Pageable page);

    /** (part id, asset type code) of every active part. */
    @Query("select p.id, t from SparePart p join p.assetTypes t where p.active = true")
    List<Object[]> activeAssetTypes();

    /** (part id, asset id) of every active part. */
    @Query("select p.id, a from SparePart p join p.assetIds a where p.active = true")
    List<Object[]> activeAssetIds();

    boolean existsByPartNumberAndIdNot(String partNumber, UUID id);

    /** The part, its row locked until the transaction ends (serialises creating its stock rows). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from SparePart p where p.id = :id")
    Optional<SparePart> lockById(UUID id);
}
