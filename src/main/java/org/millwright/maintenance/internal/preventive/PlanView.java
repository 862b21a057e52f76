package org.millwright.maintenance.internal.preventive;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.millwright.maintenance.WorkOrderPriority;
import org.millwright.maintenance.WorkOrderType;

/** A preventive plan as the API shows it. */
public record PlanView(
        UUID id,
        UUID siteId,
        UUID assetId,
        String name,
        String description,
        WorkOrderType type,
        WorkOrderPriority priority,
        Integer estimatedMinutes,
        List<String> tasks,
        Set<UUID> assigneeIds,
        boolean active,
        Trigger trigger,
        UUID createdBy,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    static PlanView of(PreventivePlan p) {
        return new PlanView(
                p.getId(),
                p.getSiteId(),
                p.getAssetId(),
                p.getName(),
                p.getDescription(),
                p.getType(),
                p.getPriority(),
                p.getEstimatedMinutes(),
                p.getTasks(),
                p.getAssigneeIds(),
                p.isActive(),
                p.trigger(),
                p.getCreatedBy(),
                p.getCreatedAt(),
                p.getUpdatedAt(),
                p.getVersion());
    }
}
