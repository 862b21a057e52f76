package org.millwright.maintenance.internal.preventive;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** The due points plans of the tenant in context have generated. */
interface PlanPointRepository extends JpaRepository<PlanPoint, UUID> {

    /** The latest calendar due date generated (meter points have a value). */
    @Query("select max(p.dueDate) from PlanPoint p where p.planId = :planId and p.dueValue is null")
    Optional<LocalDate> lastDate(UUID planId);

    @Query("select max(p.dueValue) from PlanPoint p where p.planId = :planId and p.dueValue is not null")
    Optional<BigDecimal> lastValue(UUID planId);

    /** The point generated last (a floating plan counts from its work order). */
    Optional<PlanPoint> findFirstByPlanIdAndDueValueIsNullOrderByCreatedAtDescDueDateDesc(UUID planId);

    boolean existsByPlanIdAndDuePoint(UUID planId, String duePoint);

    Page<PlanPoint> findByPlanId(UUID planId, Pageable page);

    long countByPlanId(UUID planId);

    @Modifying
    @Query("delete from PlanPoint p where p.planId = :planId")
    int deleteByPlan(UUID planId);
}
