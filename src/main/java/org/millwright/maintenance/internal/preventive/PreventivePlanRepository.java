package org.millwright.maintenance.internal.preventive;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Preventive plans of the tenant in context. */
interface PreventivePlanRepository
        extends JpaRepository<PreventivePlan, UUID>, JpaSpecificationExecutor<PreventivePlan> {

    /** The plan with its row locked until the transaction ends: one generation of a plan at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from PreventivePlan p where p.id = :id")
    Optional<PreventivePlan> findLocked(UUID id);

    @Query("select p.id from PreventivePlan p where p.active = true order by p.name, p.id")
    List<UUID> findActiveIds();
}
