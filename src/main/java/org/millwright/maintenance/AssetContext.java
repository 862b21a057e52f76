package org.millwright.maintenance;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What the maintenance module knows of one machine, for the assistant's answers about it: the
 * machine, its open work orders, its latest finished work and its latest timeline entries.
 */
public record AssetContext(
        AssetSummary asset,
        List<WorkOrderSummary> openWorkOrders,
        List<PastWork> recentWork,
        List<TimelineItem> recentTimeline) {

    public AssetContext {
        openWorkOrders = List.copyOf(openWorkOrders);
        recentWork = List.copyOf(recentWork);
        recentTimeline = List.copyOf(recentTimeline);
    }

    /**
     * A finished job of the machine's maintenance history (a completed work order or an imported
     * record): its work type ({@code corrective}, {@code preventive}, ...), failure codes and downtime.
     */
    public record PastWork(
            UUID recordId,
            UUID workOrderId,
            Instant finishedAt,
            String workType,
            String description,
            String failureMode,
            String failureCause,
            String remedy,
            Integer downtimeMinutes) {}
}
