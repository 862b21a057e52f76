package org.millwright.maintenance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;
import org.millwright.maintenance.WorkOrderCompletion;
import org.millwright.maintenance.internal.workorder.Actors;
import org.millwright.maintenance.internal.workorder.WorkOrderTransitions;
import org.millwright.maintenance.internal.workorder.WorkOrderView;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The moves of a work order's state machine, one POST each. Every body may carry the {@code
 * version} the client read (a stale one is a 409); a move its status does not allow is a 409
 * listing the allowed ones. Assignees accept, decline, start, hold, resume and complete their own
 * work orders; supervisors do everything.
 */
@Tag(
        name = "Work order transitions",
        description = "Assign, decline, accept, start, hold, resume, complete, close, cancel")
@RestController
@RequestMapping("/api/v1/maintenance/work-orders/{id}")
class WorkOrderTransitionController {

    private final WorkOrderTransitions transitions;
    private final Actors actors;

    WorkOrderTransitionController(WorkOrderTransitions transitions, Actors actors) {
        this.transitions = transitions;
        this.actors = actors;
    }

    @Operation(summary = "Assign to technicians (OPEN → ASSIGNED) or reassign (ASSIGNED → ASSIGNED)")
    @PostMapping("/assign")
    @PreAuthorize("hasRole('SUPERVISOR')")
    WorkOrderView assign(@PathVariable UUID id, @Valid @RequestBody Assign body) {
        return transitions.assign(id, body.userIds(), body.version(), actors.current());
    }

    @Operation(summary = "Decline (ASSIGNED → OPEN when no other assignee is left)")
    @PostMapping("/decline")
    @PreAuthorize("hasRole('TECHNICIAN')")
    WorkOrderView decline(@PathVariable UUID id, @Valid @RequestBody Reason body) {
        return transitions.decline(id, body.reason(), body.version(), actors.current());
    }

    @Operation(summary = "Accept (ASSIGNED → ACCEPTED)")
    @PostMapping("/accept")
    @PreAuthorize("hasRole('TECHNICIAN')")
    WorkOrderView accept(@PathVariable UUID id, @RequestBody(required = false) Version body) {
        return transitions.accept(id, Version.of(body), actors.current());
    }

    @Operation(summary = "Start the work (ACCEPTED → IN_PROGRESS)")
    @PostMapping("/start")
    @PreAuthorize("hasRole('TECHNICIAN')")
    WorkOrderView start(@PathVariable UUID id, @RequestBody(required = false) Version body) {
        return transitions.start(id, Version.of(body), actors.current());
    }

    @Operation(summary = "Put on hold (IN_PROGRESS → ON_HOLD)")
    @PostMapping("/hold")
    @PreAuthorize("hasRole('TECHNICIAN')")
    WorkOrderView hold(@PathVariable UUID id, @Valid @RequestBody Reason body) {
        return transitions.hold(id, body.reason(), body.version(), actors.current());
    }

    @Operation(summary = "Resume (ON_HOLD → IN_PROGRESS)")
    @PostMapping("/resume")
    @PreAuthorize("hasRole('TECHNICIAN')")
    WorkOrderView resume(@PathVariable UUID id, @RequestBody(required = false) Version body) {
        return transitions.resume(id, Version.of(body), actors.current());
    }

    @Operation(summary = "Complete (IN_PROGRESS → COMPLETED) with failure codes, downtime and notes, all optional")
    @PostMapping("/complete")
    @PreAuthorize("hasRole('TECHNICIAN')")
    WorkOrderView complete(@PathVariable UUID id, @Valid @RequestBody(required = false) Completion body) {
        Completion given = body == null ? new Completion(null, null, null, null, null, null) : body;
        return transitions.complete(id, given.completion(), given.version(), actors.current());
    }

    @Operation(summary = "Close completed work (COMPLETED → CLOSED)")
    @PostMapping("/close")
    @PreAuthorize("hasRole('SUPERVISOR')")
    WorkOrderView close(@PathVariable UUID id, @RequestBody(required = false) Version body) {
        return transitions.close(id, Version.of(body), actors.current());
    }

    @Operation(summary = "Cancel an open work order (→ CANCELLED)")
    @PostMapping("/cancel")
    @PreAuthorize("hasRole('SUPERVISOR')")
    WorkOrderView cancel(@PathVariable UUID id, @Valid @RequestBody Reason body) {
        return transitions.cancel(id, body.reason(), body.version(), actors.current());
    }

    record Assign(@NotEmpty @Size(max = 20) Set<@NotNull UUID> userIds, Long version) {}

    record Reason(@NotBlank @Size(max = 1000) String reason, Long version) {}

    record Version(Long version) {
        static Long of(Version body) {
            return body == null ? null : body.version();
        }
    }

    record Completion(
            @Size(max = 20) String failureMode,
            @Size(max = 20) String cause,
            @Size(max = 20) String remedy,
            @PositiveOrZero @Max(527040) Integer downtimeMinutes,
            @Size(max = 4000) String notes,
            Long version) {

        WorkOrderCompletion completion() {
            return new WorkOrderCompletion(failureMode, cause, remedy, downtimeMinutes, notes);
        }
    }
}
