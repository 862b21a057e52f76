package org.millwright.maintenance.internal.workorder;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.millwright.maintenance.AssetContext;
import org.millwright.maintenance.MaintenanceFacade;
import org.millwright.maintenance.NewWorkOrder;
import org.millwright.maintenance.WorkOrderCompletion;
import org.millwright.maintenance.WorkOrderSource;
import org.millwright.maintenance.WorkOrderSummary;
import org.millwright.maintenance.internal.AssetContexts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link MaintenanceFacade} over the work order services, acting as the given user or the system. */
@Service
class WorkOrderFacade implements MaintenanceFacade {

    private final WorkOrderService workOrders;
    private final WorkOrderTransitions transitions;
    private final Actors actors;
    private final AssetContexts contexts;

    WorkOrderFacade(
            WorkOrderService workOrders, WorkOrderTransitions transitions, Actors actors, AssetContexts contexts) {
        this.contexts = contexts;
        this.workOrders = workOrders;
        this.transitions = transitions;
        this.actors = actors;
    }

    @Override
    public WorkOrderSummary open(NewWorkOrder request, UUID actorId) {
        return workOrders
                .create(new WorkOrderService.Draft(request, List.of(), Set.of()), actors.user(actorId))
                .workOrder();
    }

    @Override
    public WorkOrderSummary assign(UUID workOrderId, Set<UUID> userIds, UUID actorId) {
        return transitions
                .assign(workOrderId, userIds, null, actors.user(actorId))
                .workOrder();
    }

    @Override
    public WorkOrderSummary decline(UUID workOrderId, UUID actorId, String reason) {
        return transitions
                .decline(workOrderId, reason, null, actors.user(actorId))
                .workOrder();
    }

    @Override
    public WorkOrderSummary accept(UUID workOrderId, UUID actorId) {
        return transitions.accept(workOrderId, null, actors.user(actorId)).workOrder();
    }

    @Override
    public WorkOrderSummary start(UUID workOrderId, UUID actorId) {
        return transitions.start(workOrderId, null, actors.user(actorId)).workOrder();
    }

    @Override
    public WorkOrderSummary complete(UUID workOrderId, WorkOrderCompletion completion, UUID actorId) {
        return transitions
                .complete(workOrderId, completion, null, actors.user(actorId))
                .workOrder();
    }

    @Override
    public Optional<WorkOrderSummary> find(UUID workOrderId) {
        return workOrders.find(workOrderId, actors.current());
    }

    @Override
    public Optional<WorkOrderSummary> findByNumber(String number) {
        return workOrders.findByNumber(number, actors.current());
    }

    @Override
    public Optional<WorkOrderSummary> findOpen(UUID assetId, WorkOrderSource source) {
        return workOrders.findOpen(assetId, source, actors.current());
    }

    @Override
    public List<WorkOrderSummary> openForAsset(UUID assetId) {
        return workOrders.openForAsset(assetId, actors.current());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AssetContext> assetContext(UUID assetId) {
        return contexts.visible(assetId)
                .map(asset -> contexts.of(asset, workOrders.openForAsset(assetId, actors.current())));
    }
}
