package org.millwright.platform.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.millwright.platform.web.PageResponse;
import org.millwright.platform.web.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Audit", description = "Who changed what, when, with before and after")
@RestController
@RequestMapping("/api/v1/admin/audit")
class AuditController {

    private final AuditLog audit;
    private final Paging paging;

    AuditController(AuditLog audit, Paging paging) {
        this.audit = audit;
        this.paging = paging;
    }

    @Operation(summary = "Audit entries of the caller's tenant, newest first")
    @GetMapping
    @PreAuthorize("hasRole('ADMIN')")
    PageResponse<AuditLog.AuditView> tenantEntries(
            @RequestParam(required = false) String action,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(audit.forCurrentTenant(
                action, paging.of(page, size, Sort.by("occurredAt").descending())));
    }

    @Operation(summary = "Platform-level entries (tenants created and deleted, backups)")
    @GetMapping("/platform")
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    PageResponse<AuditLog.AuditView> platformEntries(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(audit.platformEntries(
                paging.of(page, size, Sort.by("occurredAt").descending())));
    }
}
