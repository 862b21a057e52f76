package org.millwright.maintenance.internal.timeline;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;
import org.millwright.platform.assets.AssetTimeline.Kind;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Timeline entries of the tenant in context. */
interface TimelineRepository extends JpaRepository<TimelineRecord, UUID> {

    boolean existsByDedupKey(String dedupKey);

    @Query("""
            select t from TimelineRecord t
            where t.assetId = :assetId
              and t.kind in :kinds
              and t.occurredAt >= :from and t.occurredAt < :to
            order by t.occurredAt desc, t.createdAt desc
            """)
    Page<TimelineRecord> page(
            @Param("assetId") UUID assetId,
            @Param("kinds") Collection<Kind> kinds,
            @Param("from") Instant from,
            @Param("to") Instant to,
            Pageable page);
}
