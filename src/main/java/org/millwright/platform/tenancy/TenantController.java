package org.millwright.platform.tenancy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.millwright.platform.security.TenantOnboarding;
import org.millwright.platform.web.PageResponse;
import org.millwright.platform.web.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Tenants", description = "Companies; platform administrators only")
@RestController
@RequestMapping("/api/v1/admin/tenants")
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class TenantController {

    private final TenantOnboarding onboarding;
    private final TenantService tenants;
    private final Paging paging;

    TenantController(TenantOnboarding onboarding, TenantService tenants, Paging paging) {
        this.onboarding = onboarding;
        this.tenants = tenants;
        this.paging = paging;
    }

    @Operation(summary = "Create a tenant with its first admin user")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    TenantService.TenantView create(@Valid @RequestBody NewTenant body) {
        return onboarding.onboard(body.name(), body.slug(), body.adminEmail(), body.adminName(), body.adminPassword());
    }

    @GetMapping
    PageResponse<TenantService.TenantView> list(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(tenants.list(paging.of(page, size, Sort.by("createdAt"))));
    }

    @GetMapping("/{id}")
    TenantService.TenantView get(@PathVariable UUID id) {
        return tenants.get(id);
    }

    @PatchMapping("/{id}")
    TenantService.TenantView rename(@PathVariable UUID id, @Valid @RequestBody Rename body) {
        return tenants.rename(id, body.name());
    }

    @Operation(summary = "Delete a tenant and all its data (irreversible; export it first)")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id) {
        tenants.delete(id);
    }

    record NewTenant(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 60) @Pattern(regexp = "[a-z0-9-]*") String slug,
            @NotBlank @Email @Size(max = 254) String adminEmail,
            @NotBlank @Size(max = 200) String adminName,
            @NotBlank @Size(max = 200) String adminPassword) {}

    record Rename(@NotBlank @Size(max = 200) String name) {}
}
