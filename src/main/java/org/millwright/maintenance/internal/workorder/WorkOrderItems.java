package org.millwright.maintenance.internal.workorder;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.millwright.maintenance.internal.MaintenanceSettings;
import org.millwright.maintenance.internal.workorder.WorkOrderView.ChecklistItemView;
import org.millwright.maintenance.internal.workorder.WorkOrderView.CommentView;
import org.millwright.maintenance.internal.workorder.WorkOrderView.LabourView;
import org.millwright.maintenance.internal.workorder.WorkOrderView.PartView;
import org.millwright.platform.error.ForbiddenException;
import org.millwright.platform.error.InvalidRequestException;
import org.millwright.platform.error.NotFoundException;
import org.millwright.platform.error.UnprocessableException;
import org.millwright.platform.tenancy.SiteService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A work order's checklist, labour, parts and comments. The first three change until the work
 * order is closed or cancelled, by its assignees or a supervisor; anyone who sees it may comment.
 * Each change is a history entry; none changes the work order's own version.
 */
@Service
public class WorkOrderItems {

    private static final BigDecimal MAX_QUANTITY = new BigDecimal("999999999");
    private static final BigDecimal MAX_COST = new BigDecimal("999999999999");
    private final WorkOrderAccess access;
    private final ChecklistItemRepository checklist;
    private final LabourEntryRepository labour;
    private final PartLineRepository parts;
    private final WorkOrderCommentRepository comments;
    private final Actors actors;
    private final WorkOrderHistory history;
    private final WorkOrderViews views;
    private final SiteService sites;
    private final MaintenanceSettings settings;
    private final PartUse partUse;
    private final Clock clock;

    WorkOrderItems(
            WorkOrderAccess access,
            ChecklistItemRepository checklist,
            LabourEntryRepository labour,
            PartLineRepository parts,
            WorkOrderCommentRepository comments,
            Actors actors,
            WorkOrderHistory history,
            WorkOrderViews views,
            SiteService sites,
            MaintenanceSettings settings,
            PartUse partUse,
            Clock clock) {
        this.access = access;
        this.checklist = checklist;
        this.labour = labour;
        this.parts = parts;
        this.comments = comments;
        this.actors = actors;
        this.history = history;
        this.views = views;
        this.sites = sites;
        this.settings = settings;
        this.partUse = partUse;
        this.clock = clock;
    }

    /** Adds a task at the end of the checklist; 422 when it already has the configured most. */
    @Transactional
    public ChecklistItemView addTask(UUID workOrderId, String task, Actor actor) {
        String text = WorkOrderRules.required(task, "task", WorkOrderRules.MAX_TASK);
        WorkOrder wo = editable(workOrderId, actor);
        int max = settings.workOrders().maxChecklistItems();
        if (checklist.countByWorkOrderId(workOrderId) >= max) {
            throw new UnprocessableException("error.work-order-checklist-full", max);
        }
        ChecklistItem item =
                checklist.save(new ChecklistItem(wo.getId(), checklist.lastPosition(workOrderId) + 1, text));
        history.changed(workOrderId, actor, "checklist-item-added", Map.of("task", text));
        return ChecklistItemView.of(item);
    }

    /** Ticks or unticks a task (recording who and when), or rewords it; null leaves a value. */
    @Transactional
    public ChecklistItemView updateTask(UUID workOrderId, UUID itemId, Boolean done, String task, Actor actor) {
        String text = WorkOrderRules.optional(task, "task", WorkOrderRules.MAX_TASK);
        editable(workOrderId, actor);
        ChecklistItem item = checklist
                .findByIdAndWorkOrderId(itemId, workOrderId)
                .orElseThrow(() -> NotFoundException.of("entity.checklist-item", itemId));
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("item", itemId);
        if (text != null && !text.equals(item.getTask())) {
            changes.put("task", WorkOrderHistory.change(item.getTask(), text));
            item.rename(text);
        }
        if (done != null && done != item.isDone()) {
            changes.put("done", WorkOrderHistory.change(item.isDone(), done));
            item.mark(done, actor.id(), Instant.now(clock));
        }
        if (changes.size() > 1) {
            checklist.flush();
            history.changed(workOrderId, actor, "checklist-item-changed", changes);
        }
        return ChecklistItemView.of(item);
    }

    @Transactional
    public void removeTask(UUID workOrderId, UUID itemId, Actor actor) {
        editable(workOrderId, actor);
        ChecklistItem item = checklist
                .findByIdAndWorkOrderId(itemId, workOrderId)
                .orElseThrow(() -> NotFoundException.of("entity.checklist-item", itemId));
        checklist.delete(item);
        history.changed(workOrderId, actor, "checklist-item-removed", Map.of("task", item.getTask()));
    }

    /**
     * Records time worked: by the acting user unless another is named (supervisors only), on a
     * day not after today in the plant (today when not given).
     */
    @Transactional
    public LabourView addLabour(UUID workOrderId, NewLabour entry, Actor actor) {
        int minutes = WorkOrderRules.between(
                WorkOrderRules.present(entry.minutes(), "minutes"), "minutes", 1, WorkOrderRules.MAX_LABOUR_MINUTES);
        String note = WorkOrderRules.optional(entry.note(), "note", WorkOrderRules.MAX_LABOUR_NOTE);
        WorkOrder wo = editable(workOrderId, actor);
        UUID worker = worker(entry.userId(), actor);
        LocalDate today = views.today(sites.zoneOf(wo.getSiteId()));
        LocalDate day = entry.date() == null ? today : entry.date();
        if (day.isAfter(today)) {
            throw new InvalidRequestException("error.work-order-labour-future", day);
        }
        LabourEntry saved = labour.save(new LabourEntry(workOrderId, worker, minutes, day, note, actor.id()));
        history.changed(workOrderId, actor, "labour-added", Map.of("userId", worker, "minutes", minutes, "date", day));
        return LabourView.of(saved);
    }

    @Transactional
    public void removeLabour(UUID workOrderId, UUID entryId, Actor actor) {
        editable(workOrderId, actor);
        LabourEntry entry = labour.findByIdAndWorkOrderId(entryId, workOrderId)
                .orElseThrow(() -> NotFoundException.of("entity.labour-entry", entryId));
        labour.delete(entry);
        history.changed(
                workOrderId,
                actor,
                "labour-removed",
                Map.of("userId", entry.getUserId(), "minutes", entry.getMinutes(), "date", entry.getWorkDate()));
    }

    /**
     * Records a part used; a catalogue part ({@code partId}) is completed from the catalogue and
     * taken from the stock of the work order's site.
     */
    @Transactional
    public PartView addPart(UUID workOrderId, PartLine.Part part, Actor actor) {
        WorkOrder wo = editable(workOrderId, actor);
        PartLine.Part checked = checked(partUse.completed(part));
        PartLine saved = parts.save(new PartLine(workOrderId, checked, actor.id()));
        partUse.take(wo, checked, actor.id());
        history.changed(
                workOrderId,
                actor,
                "part-added",
                Map.of("partNumber", checked.partNumber(), "quantity", checked.quantity()));
        return PartView.of(saved);
    }

    @Transactional
    public void removePart(UUID workOrderId, UUID lineId, Actor actor) {
        WorkOrder wo = editable(workOrderId, actor);
        PartLine line = parts.findByIdAndWorkOrderId(lineId, workOrderId)
                .orElseThrow(() -> NotFoundException.of("entity.part-line", lineId));
        parts.delete(line);
        partUse.giveBack(wo, line.part(), actor.id());
        history.changed(
                workOrderId,
                actor,
                "part-removed",
                Map.of(
                        "partNumber",
                        line.part().partNumber(),
                        "quantity",
                        line.part().quantity()));
    }

    /** A comment by the actor, in any status. */
    @Transactional
    public CommentView comment(UUID workOrderId, String text, Actor actor) {
        String body = WorkOrderRules.required(text, "text", WorkOrderRules.MAX_COMMENT);
        access.load(workOrderId, actor);
        WorkOrderComment saved = comments.save(new WorkOrderComment(workOrderId, actor.id(), actor.label(), body));
        history.changed(workOrderId, actor, "comment-added", Map.of("comment", saved.getId()));
        return CommentView.of(saved);
    }

    private WorkOrder editable(UUID workOrderId, Actor actor) {
        WorkOrder wo = access.load(workOrderId, actor);
        WorkOrderAccess.requireNotFinal(wo);
        WorkOrderAccess.requireAssigneeOrSupervisor(wo, actor);
        return wo;
    }

    private UUID worker(UUID given, Actor actor) {
        if (given == null || given.equals(actor.id())) {
            if (!actor.user()) {
                throw new InvalidRequestException("error.work-order-labour-user");
            }
            return actor.id();
        }
        if (!actor.isSupervisor()) {
            throw new ForbiddenException("error.work-order-labour-others");
        }
        return actors.user(given).id();
    }

    private static PartLine.Part checked(PartLine.Part p) {
        BigDecimal quantity = WorkOrderRules.present(p.quantity(), "quantity");
        if (quantity.signum() <= 0 || quantity.compareTo(MAX_QUANTITY) > 0 || decimals(quantity) > 3) {
            throw new InvalidRequestException("error.work-order-part-quantity");
        }
        BigDecimal cost = p.unitCost();
        if (cost != null && (cost.signum() < 0 || cost.compareTo(MAX_COST) > 0 || decimals(cost) > 2)) {
            throw new InvalidRequestException("error.work-order-part-cost");
        }
        return new PartLine.Part(
                p.partId(),
                WorkOrderRules.required(p.partNumber(), "partNumber", 60),
                WorkOrderRules.optional(p.description(), "description", 200),
                quantity,
                cost);
    }

    private static int decimals(BigDecimal value) {
        return Math.max(0, value.stripTrailingZeros().scale());
    }

    /** Time worked, as given: {@code userId} and {@code date} may be null (the actor, today). */
    public record NewLabour(UUID userId, Integer minutes, LocalDate date, String note) {}
}
