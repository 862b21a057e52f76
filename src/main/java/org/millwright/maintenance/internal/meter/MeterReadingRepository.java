package org.millwright.maintenance.internal.meter;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Meter readings of the tenant in context. */
public interface MeterReadingRepository extends JpaRepository<MeterReading, UUID> {

    Page<MeterReading> findByMeterId(UUID meterId, Pageable pageable);

    /** The readings of a meter from a time on, oldest first. */
    List<MeterReading> findByMeterIdAndReadAtGreaterThanEqualOrderByReadAtAscCreatedAtAsc(UUID meterId, Instant from);

    /** The last reading of a meter before a time. */
    Optional<MeterReading> findFirstByMeterIdAndReadAtLessThanOrderByReadAtDescCreatedAtDesc(
            UUID meterId, Instant before);
}
