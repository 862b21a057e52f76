package org.millwright.maintenance.internal.history;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A maintenance record as the API shows it (times in UTC). */
public record RecordView(
        UUID id,
        UUID assetId,
        UUID siteId,
        UUID workOrderId,
        RecordSource source,
        WorkType workType,
        Instant startedAt,
        Instant finishedAt,
        String description,
        String failureMode,
        String failureCause,
        String remedy,
        Integer downtimeMinutes,
        BigDecimal labourHours,
        BigDecimal partsCost,
        BigDecimal labourCost,
        String externalRef,
        Instant createdAt) {}
