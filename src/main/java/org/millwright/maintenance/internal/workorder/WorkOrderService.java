package org.millwright.maintenance.internal.workorder;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.millwright.maintenance.AssetRegistry;
import org.millwright.maintenance.AssetSummary;
import org.millwright.maintenance.NewWorkOrder;
import org.millwright.maintenance.WorkOrderSource;
import org.millwright.maintenance.WorkOrderStatus;
import org.millwright.maintenance.WorkOrderSummary;
import org.millwright.maintenance.internal.MaintenanceSettings;
import org.millwright.platform.audit.AuditLog;
import org.millwright.platform.error.ConflictException;
import org.millwright.platform.error.InvalidRequestException;
import org.millwright.platform.error.UnprocessableException;
import org.millwright.platform.tenancy.SiteService;
import org.millwright.platform.tenancy.TenantContext;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Opens, edits and shows the work orders of the tenant in context. */
@Service
public class WorkOrderService {

    private static final int NUMBER_ATTEMPTS = 3;
    private final WorkOrderRepository workOrders;
    private final ChecklistItemRepository checklist;
    private final WorkOrderAccess access;
    private final WorkOrderTransitions transitions;
    private final WorkOrderNumbers numbers;
    private final WorkOrderHistory history;
    private final WorkOrderEvents events;
    private final WorkOrderViews views;
    private final AssetRegistry assets;
    private final SiteService sites;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final MaintenanceSettings settings;
    private final Clock clock;

    WorkOrderService(
            WorkOrderRepository workOrders,
            ChecklistItemRepository checklist,
            WorkOrderAccess access,
            WorkOrderTransitions transitions,
            WorkOrderNumbers numbers,
            WorkOrderHistory history,
            WorkOrderEvents events,
            WorkOrderViews views,
            AssetRegistry assets,
            SiteService sites,
            AuditLog audit,
            TransactionTemplate tx,
            MaintenanceSettings settings,
            Clock clock) {
        this.workOrders = workOrders;
        this.checklist = checklist;
        this.access = access;
        this.transitions = transitions;
        this.numbers = numbers;
        this.history = history;
        this.events = events;
        this.views = views;
        this.assets = assets;
        this.sites = sites;
        this.audit = audit;
        this.tx = tx;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Opens a work order (OPEN), with its first checklist tasks, and assigns it when assignees are
     * given (supervisors only). Retried when the year's first number was being taken at the same
     * moment (not possible inside a caller's transaction, which then gets a 409).
     */
    public WorkOrderView create(Draft draft, Actor actor) {
        boolean joined = TransactionSynchronizationManager.isActualTransactionActive();
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.execute(s -> createNow(draft, actor));
            } catch (WorkOrderNumbers.NumberRace race) {
                if (joined || attempt == NUMBER_ATTEMPTS) {
                    throw new ConflictException("error.work-order-number-busy");
                }
            }
        }
    }

    private WorkOrderView createNow(Draft draft, Actor actor) {
        NewWorkOrder order = draft.order();
        UUID assetId = WorkOrderRules.present(order.assetId(), "assetId");
        AssetSummary asset = assets.find(assetId)
                .filter(a -> actor.canSee(a.siteId()))
                .orElseThrow(() -> new InvalidRequestException("error.work-order-unknown-asset", assetId));
        WorkOrder.Fields fields = fields(order);
        WorkOrder.Origin origin = new WorkOrder.Origin(
                order.source() == null ? WorkOrderSource.MANUAL : order.source(),
                WorkOrderRules.optional(order.sourceRef(), "sourceRef", WorkOrderRules.MAX_SOURCE_REF),
                WorkOrderRules.optional(order.reason(), "reason", WorkOrderRules.MAX_REASON));
        List<String> tasks = tasks(draft.checklist());
        if (!draft.assigneeIds().isEmpty()) {
            WorkOrderAccess.requireSupervisor(actor);
        }
        ZoneId zone = sites.zoneOf(asset.siteId());
        Instant now = Instant.now(clock);
        String number = numbers.next(TenantContext.require(), now.atZone(zone).getYear());
        WorkOrder wo =
                workOrders.save(new WorkOrder(asset.siteId(), asset.id(), number, origin, fields, actor.id(), now));
        for (int i = 0; i < tasks.size(); i++) {
            checklist.save(new ChecklistItem(wo.getId(), i + 1, tasks.get(i)));
        }
        var created = new java.util.LinkedHashMap<String, Object>(
                WorkOrderHistory.diff(new WorkOrder.Fields(null, null, null, null, null, null), fields));
        created.put("checklist", tasks.size());
        history.moved(wo, actor, "created", null, origin.reason(), created);
        events.created(wo, actor);
        audit.record("work-order.created", "work-order", wo.getId(), null, wo.summary());
        if (!draft.assigneeIds().isEmpty()) {
            transitions.assignLoaded(wo, draft.assigneeIds(), actor);
        }
        return views.of(wo);
    }

    /** Changes the fields of an open work order whose version the client saw (supervisors). */
    @Transactional
    public WorkOrderView update(UUID id, Long version, NewWorkOrder values, Actor actor) {
        WorkOrder wo = access.load(id, actor);
        WorkOrderAccess.requireSupervisor(actor);
        WorkOrderAccess.requireVersion(wo, WorkOrderRules.present(version, "version"));
        if (!wo.getStatus().isOpen()) {
            throw new ConflictException("error.work-order-not-open", wo.getNumber(), Labels.status(wo.getStatus()));
        }
        WorkOrder.Fields after = fields(values);
        var changes = WorkOrderHistory.diff(wo.fields(), after);
        if (!changes.isEmpty()) {
            var before = wo.summary();
            wo.apply(after);
            workOrders.flush();
            history.changed(id, actor, "updated", changes);
            audit.record("work-order.updated", "work-order", id, before, wo.summary());
        }
        return views.of(wo);
    }

    @Transactional(readOnly = true)
    public WorkOrderView get(UUID id, Actor actor) {
        return views.of(access.load(id, actor));
    }

    @Transactional(readOnly = true)
    public Page<HistoryView> history(UUID id, Actor actor, Pageable page) {
        return history.of(access.load(id, actor).getId(), page);
    }

    @Transactional(readOnly = true)
    public Optional<WorkOrderSummary> find(UUID id, Actor actor) {
        return workOrders.findById(id).filter(w -> actor.canSee(w.getSiteId())).map(WorkOrder::summary);
    }

    @Transactional(readOnly = true)
    public Optional<WorkOrderSummary> findByNumber(String number, Actor actor) {
        return workOrders
                .findByNumber(number.strip())
                .filter(w -> actor.canSee(w.getSiteId()))
                .map(WorkOrder::summary);
    }

    @Transactional(readOnly = true)
    public Optional<WorkOrderSummary> findOpen(UUID assetId, WorkOrderSource source, Actor actor) {
        return workOrders
                .findFirstByAssetIdAndSourceAndStatusInOrderByCreatedAtDesc(
                        assetId, source, WorkOrderStatus.OPEN_STATUSES)
                .filter(w -> actor.canSee(w.getSiteId()))
                .map(WorkOrder::summary);
    }

    @Transactional(readOnly = true)
    public List<WorkOrderSummary> openForAsset(UUID assetId, Actor actor) {
        return workOrders.findByAssetIdAndStatusInOrderByCreatedAtDesc(assetId, WorkOrderStatus.OPEN_STATUSES).stream()
                .filter(w -> actor.canSee(w.getSiteId()))
                .map(WorkOrder::summary)
                .toList();
    }

    private static WorkOrder.Fields fields(NewWorkOrder o) {
        return new WorkOrder.Fields(
                WorkOrderRules.present(o.type(), "type"),
                WorkOrderRules.present(o.priority(), "priority"),
                WorkOrderRules.required(o.title(), "title", WorkOrderRules.MAX_TITLE),
                WorkOrderRules.optional(o.description(), "description", WorkOrderRules.MAX_DESCRIPTION),
                o.dueDate(),
                WorkOrderRules.estimate(o.estimatedMinutes()));
    }

    private List<String> tasks(List<String> given) {
        List<String> tasks = new ArrayList<>();
        for (String task : given) {
            tasks.add(WorkOrderRules.required(task, "checklist", WorkOrderRules.MAX_TASK));
        }
        int max = settings.workOrders().maxChecklistItems();
        if (tasks.size() > max) {
            throw new UnprocessableException("error.work-order-checklist-full", max);
        }
        return tasks;
    }

    /** What creating a work order takes: the order, its first checklist tasks and its assignees. */
    public record Draft(NewWorkOrder order, List<String> checklist, Set<UUID> assigneeIds) {
        public Draft {
            checklist =
                    checklist == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(checklist));
            assigneeIds = assigneeIds == null ? Set.of() : Set.copyOf(assigneeIds);
        }
    }
}
