package org.millwright.maintenance.internal.preventive;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.millwright.maintenance.WorkOrderPriority;
import org.millwright.maintenance.WorkOrderType;

/**
 * What a plan is made of, as given on creation or update ({@code assetId} only counts on
 * creation). {@code type} defaults to PREVENTIVE and {@code priority} to MEDIUM.
 */
public record PlanDefinition(
        UUID assetId,
        String name,
        String description,
        WorkOrderType type,
        WorkOrderPriority priority,
        Integer estimatedMinutes,
        List<String> tasks,
        Set<UUID> assigneeIds,
        Trigger trigger) {

    public PlanDefinition {
        tasks = tasks == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(tasks));
        assigneeIds = assigneeIds == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(assigneeIds));
    }
}
