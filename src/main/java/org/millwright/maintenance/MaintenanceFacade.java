package org.millwright.maintenance;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The work orders as other modules use them (monitoring for alarms, prediction for risk, the
 * assistant, workforce for assignment, notification for replies such as "/accept OT-2026-0042").
 * Every method works in the tenant of {@code TenantContext}, which the caller sets. {@code actorId}
 * is the user acting (a user of that tenant), or null for the system: the system may make every
 * move; a user follows the same rules as on the API (assignees accept, decline, start and
 * complete their own work orders; supervisors do everything). Illegal moves throw the platform's
 * {@code ConflictException}; unknown ids its {@code NotFoundException}. The usual events are
 * published ({@link WorkOrderCreated}, {@link WorkOrderAssigned}, {@link WorkOrderDeclined},
 * {@link WorkOrderStatusChanged}, {@link WorkOrderCompleted}).
 */
public interface MaintenanceFacade {

    /** Opens a work order (status OPEN, numbered in its plant's year). */
    WorkOrderSummary open(NewWorkOrder request, UUID actorId);

    /** Assigns (or reassigns) to these users, who must be technicians or above of the tenant. */
    WorkOrderSummary assign(UUID workOrderId, Set<UUID> userIds, UUID actorId);

    /** The actor (an assignee) turns the work down; with a null actor every assignee is withdrawn. */
    WorkOrderSummary decline(UUID workOrderId, UUID actorId, String reason);

    WorkOrderSummary accept(UUID workOrderId, UUID actorId);

    WorkOrderSummary start(UUID workOrderId, UUID actorId);

    WorkOrderSummary complete(UUID workOrderId, WorkOrderCompletion completion, UUID actorId);

    Optional<WorkOrderSummary> find(UUID workOrderId);

    /** A work order by its number, e.g. {@code OT-2026-0042}. */
    Optional<WorkOrderSummary> findByNumber(String number);

    /** The newest open work order of this asset opened from this source, if any. */
    Optional<WorkOrderSummary> findOpen(UUID assetId, WorkOrderSource source);

    /** The asset's open work orders, newest first. */
    List<WorkOrderSummary> openForAsset(UUID assetId);

    /**
     * The machine, its open work orders and its latest history and timeline, for answers about it;
     * empty when it does not exist or the caller may not see it.
     */
    Optional<AssetContext> assetContext(UUID assetId);
}
