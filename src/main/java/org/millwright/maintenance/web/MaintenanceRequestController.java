package org.millwright.maintenance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.millwright.maintenance.WorkOrderPriority;
import org.millwright.maintenance.WorkOrderType;
import org.millwright.maintenance.internal.request.MaintenanceRequests;
import org.millwright.maintenance.internal.request.MaintenanceRequests.RequestView;
import org.millwright.maintenance.internal.request.RequestApprovals;
import org.millwright.maintenance.internal.request.RequestQuery;
import org.millwright.maintenance.internal.request.RequestStatus;
import org.millwright.platform.error.InvalidRequestException;
import org.millwright.platform.security.CurrentPrincipal;
import org.millwright.platform.web.PageResponse;
import org.millwright.platform.web.Paging;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(
        name = "Maintenance requests",
        description = "Problems reported through machines' public request pages, waiting for a supervisor")
@RestController
@RequestMapping("/api/v1/maintenance/requests")
class MaintenanceRequestController {

    private final MaintenanceRequests requests;
    private final RequestApprovals approvals;
    private final Paging paging;

    MaintenanceRequestController(MaintenanceRequests requests, RequestApprovals approvals, Paging paging) {
        this.requests = requests;
        this.approvals = approvals;
        this.paging = paging;
    }

    @Operation(
            summary =
                    "The request queue, newest first, filtered by status (pending, approved, rejected), site or asset")
    @GetMapping
    @PreAuthorize("hasRole('SUPERVISOR')")
    PageResponse<RequestView> list(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) UUID siteId,
            @RequestParam(required = false) UUID assetId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        var query = new RequestQuery(
                status(status), siteId, assetId, CurrentPrincipal.require().siteIds());
        return PageResponse.of(
                requests.list(query, paging.of(page, size, Sort.by("createdAt").descending())));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('SUPERVISOR')")
    RequestView get(@PathVariable UUID id) {
        return requests.get(id);
    }

    @Operation(summary = "The photo sent with a request (404 when none); the ETag is its content hash")
    @GetMapping("/{id}/photo")
    @PreAuthorize("hasRole('SUPERVISOR')")
    ResponseEntity<Resource> photo(@PathVariable UUID id) {
        var photo = requests.photo(id);
        String name =
                photo.reference() + "." + photo.path().getFileName().toString().replaceAll(".*\\.", "");
        return StoredFiles.inline(name, photo.mediaType(), photo.contentHash(), photo.path());
    }

    @Operation(summary = "Reject a pending request with a reason (409 once decided)")
    @PostMapping("/{id}/reject")
    @PreAuthorize("hasRole('SUPERVISOR')")
    RequestView reject(@PathVariable UUID id, @Valid @RequestBody Rejection body) {
        return requests.reject(id, body.reason());
    }

    @Operation(
            summary = "Approve a pending request: it becomes a work order (source request, its photo attached);"
                    + " 409 once decided")
    @PostMapping("/{id}/approve")
    @PreAuthorize("hasRole('SUPERVISOR')")
    RequestApprovals.Approved approve(@PathVariable UUID id, @Valid @RequestBody(required = false) ApprovalBody body) {
        ApprovalBody b = body == null ? new ApprovalBody(null, null, null, null, null, null) : body;
        return approvals.approve(
                id,
                new RequestApprovals.Approval(
                        b.type(), b.priority(), b.title(), b.reason(), b.dueDate(), b.assigneeIds()));
    }

    /** How the work order is opened; every field optional. */
    record ApprovalBody(
            WorkOrderType type,
            WorkOrderPriority priority,
            @Size(max = 200) String title,
            @Size(max = 500) String reason,
            LocalDate dueDate,
            @Size(max = 20) List<UUID> assigneeIds) {}

    private static RequestStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return RequestStatus.fromWire(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("error.unknown-request-status", value);
        }
    }

    record Rejection(@NotBlank @Size(max = 1000) String reason) {}
}
