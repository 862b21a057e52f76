package org.millwright.maintenance.internal.parts;

import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Stock rows of the tenant in context. */
interface PartStockRepository extends JpaRepository<PartStock, UUID> {

    boolean existsByPartIdAndSiteId(UUID partId, UUID siteId);

    Optional<PartStock> findByPartIdAndSiteId(UUID partId, UUID siteId);

    /** The row, locked until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from PartStock s where s.partId = :partId and s.siteId = :siteId")
    Optional<PartStock> lockByPartIdAndSiteId(UUID partId, UUID siteId);

    List<PartStock> findByPartIdInOrderBySiteId(Collection<UUID> partIds);

    boolean existsByPartIdAndOnHandGreaterThan(UUID partId, BigDecimal quantity);

    void deleteByPartId(UUID partId);

    /**
     * Adds {@code delta} (signed) to the on-hand quantity in one statement, unless that would take
     * it below zero or above {@code max}: 1 when applied, 0 when refused. The row lock the update
     * takes orders concurrent movements; each sees the quantity the one before it left.
     */
    @Modifying(flushAutomatically = true)
    @Query("update PartStock s set s.onHand = s.onHand + :delta, s.version = s.version + 1, s.updatedAt = :now"
            + " where s.partId = :partId and s.siteId = :siteId and s.onHand + :delta >= 0"
            + " and s.onHand + :delta <= :max")
    int move(UUID partId, UUID siteId, BigDecimal delta, BigDecimal max, Instant now);

    /** The on-hand quantity as stored (not a cached entity's). */
    @Query("select s.onHand from PartStock s where s.partId = :partId and s.siteId = :siteId")
    Optional<BigDecimal> onHand(UUID partId, UUID siteId);

    @Query("select s.minimum from PartStock s where s.partId = :partId and s.siteId = :siteId")
    Optional<BigDecimal> minimum(UUID partId, UUID siteId);

    @Query(
            value = "select new org.millwright.maintenance.internal.parts.LowStockItem(p.id, p.partNumber,"
                    + " p.description, p.unit, s.siteId, s.onHand, s.minimum, s.binLocation)"
                    + " from PartStock s join SparePart p on p.id = s.partId"
                    + " where s.onHand < s.minimum and s.siteId in :sites order by p.partNumber, s.siteId",
            countQuery = "select count(s) from PartStock s where s.onHand < s.minimum and s.siteId in :sites")
    Page<LowStockItem> belowMinimumAt(Collection<UUID> sites, Pageable page);

    @Query(
            value = "select new org.millwright.maintenance.internal.parts.LowStockItem(p.id, p.partNumber,"
                    + " p.description, p.unit, s.siteId, s.onHand, s.minimum, s.binLocation)"
                    + " from PartStock s join SparePart p on p.id = s.partId"
                    + " where s.onHand < s.minimum order by p.partNumber, s.siteId",
            countQuery = "select count(s) from PartStock s where s.onHand < s.minimum")
    Page<LowStockItem> belowMinimum(Pageable page);
}
