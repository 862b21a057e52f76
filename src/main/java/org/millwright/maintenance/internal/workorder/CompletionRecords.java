package org.millwright.maintenance.internal.workorder;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import org.millwright.maintenance.WorkOrderCompletion;
import org.millwright.maintenance.internal.history.FailureCodes;
import org.millwright.maintenance.internal.history.FailureCoding;
import org.millwright.maintenance.internal.history.MaintenanceHistory;
import org.millwright.maintenance.internal.history.RecordDetails;
import org.millwright.maintenance.internal.history.RecordSource;
import org.millwright.maintenance.internal.history.WorkType;
import org.springframework.stereotype.Component;

/**
 * A completed work order's part of the maintenance history: its failure codes are checked against
 * the tenant's catalogue before it completes, and one history record (source WORK_ORDER) is written
 * in the same transaction, with its labour hours and parts cost, for the KPIs.
 */
@Component
class CompletionRecords {

    private final FailureCodes codes;
    private final MaintenanceHistory history;
    private final LabourEntryRepository labour;
    private final PartLineRepository parts;

    CompletionRecords(
            FailureCodes codes, MaintenanceHistory history, LabourEntryRepository labour, PartLineRepository parts) {
        this.codes = codes;
        this.history = history;
        this.labour = labour;
        this.parts = parts;
    }

    /** The completion with its codes as the catalogue writes them; 422 for an unknown or inactive code. */
    WorkOrderCompletion checked(WorkOrderCompletion c) {
        FailureCoding coding = codes.check(c.failureMode(), c.cause(), c.remedy());
        return new WorkOrderCompletion(coding.mode(), coding.cause(), coding.remedy(), c.downtimeMinutes(), c.notes());
    }

    /** Writes the history record of a work order that has just completed. */
    void record(WorkOrder wo, WorkOrderCompletion c, Instant completedAt) {
        history.record(
                RecordSource.WORK_ORDER,
                wo.getId(),
                new RecordDetails(
                        wo.getAssetId(),
                        WorkType.valueOf(wo.getType().name()),
                        wo.getStartedAt(),
                        completedAt,
                        description(wo, c),
                        c.failureMode(),
                        c.cause(),
                        c.remedy(),
                        c.downtimeMinutes(),
                        labourHours(wo),
                        partsCost(wo),
                        null,
                        null));
    }

    private static String description(WorkOrder wo, WorkOrderCompletion c) {
        String text = wo.getNumber() + " " + wo.getTitle();
        if (c.notes() != null && !c.notes().isBlank()) {
            text += " — " + c.notes().strip();
        }
        return text.length() <= 4000 ? text : text.substring(0, 4000);
    }

    private BigDecimal labourHours(WorkOrder wo) {
        int minutes = labour.findByWorkOrderIdOrderByWorkDateAscCreatedAtAsc(wo.getId()).stream()
                .mapToInt(LabourEntry::getMinutes)
                .sum();
        return minutes == 0
                ? null
                : BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }

    /** Parts with a known unit cost; null when no line has one. */
    private BigDecimal partsCost(WorkOrder wo) {
        BigDecimal total = null;
        for (PartLine line : parts.findByWorkOrderIdOrderByCreatedAt(wo.getId())) {
            PartLine.Part p = line.part();
            if (p.unitCost() != null) {
                BigDecimal cost = p.unitCost().multiply(p.quantity());
                total = total == null ? cost : total.add(cost);
            }
        }
        return total == null ? null : total.setScale(2, RoundingMode.HALF_UP);
    }
}
