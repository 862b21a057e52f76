package org.millwright.maintenance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.millwright.maintenance.internal.workorder.Actors;
import org.millwright.maintenance.internal.workorder.PartLine;
import org.millwright.maintenance.internal.workorder.WorkOrderItems;
import org.millwright.maintenance.internal.workorder.WorkOrderView.ChecklistItemView;
import org.millwright.maintenance.internal.workorder.WorkOrderView.CommentView;
import org.millwright.maintenance.internal.workorder.WorkOrderView.LabourView;
import org.millwright.maintenance.internal.workorder.WorkOrderView.PartView;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A work order's checklist, labour, parts and comments (shown with the work order). Assignees and
 * supervisors change the first three until it is closed or cancelled; technicians and up comment.
 */
@Tag(name = "Work order items", description = "Checklist, labour time, parts used and comments of a work order")
@RestController
@RequestMapping("/api/v1/maintenance/work-orders/{id}")
class WorkOrderItemController {

    private final WorkOrderItems items;
    private final Actors actors;

    WorkOrderItemController(WorkOrderItems items, Actors actors) {
        this.items = items;
        this.actors = actors;
    }

    @Operation(summary = "Add a checklist task (at most the configured number per work order; more is a 422)")
    @PostMapping("/checklist")
    @PreAuthorize("hasRole('TECHNICIAN')")
    ResponseEntity<ChecklistItemView> addTask(@PathVariable UUID id, @Valid @RequestBody Task body) {
        var item = items.addTask(id, body.task(), actors.current());
        return created(id, "checklist", item.id(), item);
    }

    @Operation(summary = "Tick or untick a task (done records who and when), or reword it")
    @PatchMapping("/checklist/{itemId}")
    @PreAuthorize("hasRole('TECHNICIAN')")
    ChecklistItemView updateTask(
            @PathVariable UUID id, @PathVariable UUID itemId, @Valid @RequestBody TaskChange body) {
        return items.updateTask(id, itemId, body.done(), body.task(), actors.current());
    }

    @DeleteMapping("/checklist/{itemId}")
    @PreAuthorize("hasRole('TECHNICIAN')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeTask(@PathVariable UUID id, @PathVariable UUID itemId) {
        items.removeTask(id, itemId, actors.current());
    }

    @Operation(
            summary = "Record labour time: the caller's unless userId names another user (supervisors), on date"
                    + " (today in the plant when absent, never later)")
    @PostMapping("/labour")
    @PreAuthorize("hasRole('TECHNICIAN')")
    ResponseEntity<LabourView> addLabour(@PathVariable UUID id, @Valid @RequestBody Labour body) {
        var entry = items.addLabour(
                id,
                new WorkOrderItems.NewLabour(body.userId(), body.minutes(), body.date(), body.note()),
                actors.current());
        return created(id, "labour", entry.id(), entry);
    }

    @DeleteMapping("/labour/{entryId}")
    @PreAuthorize("hasRole('TECHNICIAN')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeLabour(@PathVariable UUID id, @PathVariable UUID entryId) {
        items.removeLabour(id, entryId, actors.current());
    }

    @Operation(
            summary = "Record a part used: a catalogue part (partId: its number, description and cost are taken from"
                    + " the catalogue and it leaves the site's stock) or a part number bought on the spot")
    @PostMapping("/parts")
    @PreAuthorize("hasRole('TECHNICIAN')")
    ResponseEntity<PartView> addPart(@PathVariable UUID id, @Valid @RequestBody Part body) {
        var line = items.addPart(
                id,
                new PartLine.Part(
                        body.partId(), body.partNumber(), body.description(), body.quantity(), body.unitCost()),
                actors.current());
        return created(id, "parts", line.id(), line);
    }

    @DeleteMapping("/parts/{lineId}")
    @PreAuthorize("hasRole('TECHNICIAN')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removePart(@PathVariable UUID id, @PathVariable UUID lineId) {
        items.removePart(id, lineId, actors.current());
    }

    @Operation(summary = "Comment on a work order (in any status)")
    @PostMapping("/comments")
    @PreAuthorize("hasRole('TECHNICIAN')")
    ResponseEntity<CommentView> comment(@PathVariable UUID id, @Valid @RequestBody Comment body) {
        var comment = items.comment(id, body.text(), actors.current());
        return created(id, "comments", comment.id(), comment);
    }

    private static <T> ResponseEntity<T> created(UUID workOrderId, String kind, UUID itemId, T body) {
        return ResponseEntity.created(
                        URI.create(WorkOrderController.BASE + "/" + workOrderId + "/" + kind + "/" + itemId))
                .body(body);
    }

    record Task(@NotBlank @Size(max = 500) String task) {}

    record TaskChange(Boolean done, @Size(max = 500) String task) {}

    record Labour(
            UUID userId,
            @NotNull @Positive @Max(1440) Integer minutes,
            LocalDate date,
            @Size(max = 500) String note) {}

    record Part(
            UUID partId,
            @Size(max = 60) String partNumber,
            @Size(max = 200) String description,
            @NotNull @Positive BigDecimal quantity,
            @PositiveOrZero BigDecimal unitCost) {}

    record Comment(@NotBlank @Size(max = 4000) String text) {}
}
