package org.millwright.maintenance.internal.history;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * What a maintenance record says. {@code startedAt}, the failure codes, the amounts and the
 * external reference (the record's id in a plant's previous system) are optional.
 */
public record RecordDetails(
        UUID assetId,
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
        String externalRef) {}
