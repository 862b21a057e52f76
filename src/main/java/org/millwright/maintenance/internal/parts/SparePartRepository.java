package org.millwright.maintenance.internal.parts;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Spare parts of the tenant in context. */
interface SparePartRepository extends JpaRepository<SparePart, UUID>, JpaSpecificationExecutor<SparePart> {

    boolean existsByPartNumber(String partNumber);

    boolean existsByPartNumberAndIdNot(String partNumber, UUID id);

    /** The part, its row locked until the transaction ends (serialises creating its stock rows). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from SparePart p where p.id = :id")
    Optional<SparePart> lockById(UUID id);
}
