package org.millwright.maintenance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.millwright.maintenance.NewWorkOrder;
import org.millwright.maintenance.WorkOrderPriority;
import org.millwright.maintenance.WorkOrderSource;
import org.millwright.maintenance.WorkOrderType;
import org.millwright.maintenance.internal.workorder.Actors;
import org.millwright.maintenance.internal.workorder.HistoryView;
import org.millwright.maintenance.internal.workorder.WorkOrderPage;
import org.millwright.maintenance.internal.workorder.WorkOrderQuery;
import org.millwright.maintenance.internal.workorder.WorkOrderSearch;
import org.millwright.maintenance.internal.workorder.WorkOrderService;
import org.millwright.maintenance.internal.workorder.WorkOrderView;
import org.millwright.platform.web.PageResponse;
import org.millwright.platform.web.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Work orders", description = "Work orders of the caller's plants: create, edit, search, history")
@RestController
@RequestMapping("/api/v1/maintenance/work-orders")
class WorkOrderController {

    static final String BASE = "/api/v1/maintenance/work-orders";
    /** The longest estimate: a year's minutes. */
    static final int MAX_ESTIMATE = 366 * 24 * 60;

    private final WorkOrderService workOrders;
    private final WorkOrderSearch search;
    private final Actors actors;
    private final Paging paging;

    WorkOrderController(WorkOrderService workOrders, WorkOrderSearch search, Actors actors, Paging paging) {
        this.workOrders = workOrders;
        this.search = search;
        this.actors = actors;
        this.paging = paging;
    }

    @Operation(
            summary = "Open a work order (technicians and up; assigneeIds, which assign it at once, need a"
                    + " supervisor)")
    @PostMapping
    @PreAuthorize("hasRole('TECHNICIAN')")
    ResponseEntity<WorkOrderView> create(@Valid @RequestBody NewWorkOrderBody body) {
        var draft = new WorkOrderService.Draft(body.order(), body.checklist(), body.assigneeIds());
        WorkOrderView created = workOrders.create(draft, actors.current());
        return ResponseEntity.created(
                        URI.create(BASE + "/" + created.workOrder().id()))
                .body(created);
    }

    @Operation(
            summary = "Search work orders: status (comma list; 'open' = the five open statuses), priority, type,"
                    + " source (comma lists), assetId, siteId, assigneeId, createdFrom/createdTo (instant or date,"
                    + " UTC), dueFrom/dueTo (dates, inclusive), q (number, title, description), sort=property[,asc|desc]."
                    + " Totals are exact up to 10,000 matches; beyond, totalItems is 10,000 and totalExact false")
    @GetMapping
    @PreAuthorize("hasRole('OPERATOR')")
    WorkOrderPage list(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String priority,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) UUID assetId,
            @RequestParam(required = false) UUID siteId,
            @RequestParam(required = false) UUID assigneeId,
            @RequestParam(required = false) String createdFrom,
            @RequestParam(required = false) String createdTo,
            @RequestParam(required = false) LocalDate dueFrom,
            @RequestParam(required = false) LocalDate dueTo,
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        var query = new WorkOrderQuery(
                WorkOrderFilters.statuses(status),
                WorkOrderFilters.enums(priority, "priority", WorkOrderPriority.class),
                WorkOrderFilters.enums(type, "type", WorkOrderType.class),
                WorkOrderFilters.enums(source, "source", WorkOrderSource.class),
                assetId,
                siteId,
                assigneeId,
                WorkOrderFilters.instant(createdFrom, "createdFrom"),
                WorkOrderFilters.instant(createdTo, "createdTo"),
                dueFrom,
                dueTo,
                q,
                actors.current().siteIds());
        return search.search(query, paging.of(page, size, WorkOrderFilters.sort(sort)));
    }

    @Operation(summary = "The caller's open work orders: most urgent first, then earliest due")
    @GetMapping("/mine")
    @PreAuthorize("hasRole('OPERATOR')")
    WorkOrderPage mine(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return search.mine(actors.current(), paging.of(page, size, WorkOrderSearch.QUEUE_ORDER));
    }

    @Operation(summary = "Open work orders due before today in their plant's time zone, longest overdue first")
    @GetMapping("/overdue")
    @PreAuthorize("hasRole('OPERATOR')")
    WorkOrderPage overdue(
            @RequestParam(required = false) UUID siteId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return search.overdue(actors.current(), siteId, paging.of(page, size, WorkOrderSearch.OVERDUE_ORDER));
    }

    @Operation(
            summary = "A work order with its checklist, labour, parts, comments, attachments and the transitions"
                    + " its status allows")
    @GetMapping("/{id}")
    @PreAuthorize("hasRole('OPERATOR')")
    WorkOrderView get(@PathVariable UUID id) {
        return workOrders.get(id, actors.current());
    }

    @Operation(
            summary = "Change the fields of an open work order (supervisors): type, priority, title, description,"
                    + " dueDate, estimatedMinutes (a field left out is cleared); send the version you read, a stale"
                    + " one is a 409")
    @PutMapping("/{id}")
    @PreAuthorize("hasRole('SUPERVISOR')")
    WorkOrderView update(@PathVariable UUID id, @Valid @RequestBody FieldsBody body) {
        var values = new NewWorkOrder(
                null,
                body.type(),
                body.priority(),
                body.title(),
                body.description(),
                null,
                null,
                null,
                body.dueDate(),
                body.estimatedMinutes());
        return workOrders.update(id, body.version(), values, actors.current());
    }

    @Operation(summary = "Every change of a work order, oldest first")
    @GetMapping("/{id}/history")
    @PreAuthorize("hasRole('OPERATOR')")
    PageResponse<HistoryView> history(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        return PageResponse.of(workOrders.history(id, actors.current(), paging.of(page, size, Sort.unsorted())));
    }

    record NewWorkOrderBody(
            @NotNull UUID assetId,
            @NotNull WorkOrderType type,
            @NotNull WorkOrderPriority priority,
            @NotBlank @Size(max = 200) String title,
            @Size(max = 4000) String description,
            WorkOrderSource source,
            @Size(max = 100) String sourceRef,
            @Size(max = 1000) String reason,
            LocalDate dueDate,
            @Positive @Max(MAX_ESTIMATE) Integer estimatedMinutes,
            List<@NotBlank @Size(max = 500) String> checklist,
            @Size(max = 20) Set<@NotNull UUID> assigneeIds) {

        NewWorkOrder order() {
            return new NewWorkOrder(
                    assetId, type, priority, title, description, source, sourceRef, reason, dueDate, estimatedMinutes);
        }
    }

    record FieldsBody(
            @NotNull WorkOrderType type,
            @NotNull WorkOrderPriority priority,
            @NotBlank @Size(max = 200) String title,
            @Size(max = 4000) String description,
            LocalDate dueDate,
            @Positive @Max(MAX_ESTIMATE) Integer estimatedMinutes,
            @NotNull Long version) {}
}
