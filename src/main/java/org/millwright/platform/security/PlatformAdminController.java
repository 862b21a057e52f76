package org.millwright.platform.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Platform administrators", description = "Operators of the whole server, bound to no tenant")
@RestController
@RequestMapping("/api/v1/admin/platform-admins")
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class PlatformAdminController {

    private final PlatformAdminService admins;

    PlatformAdminController(PlatformAdminService admins) {
        this.admins = admins;
    }

    @Operation(summary = "Create a platform administrator; they act in a tenant with the X-Tenant-Id header")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    PlatformAdminService.PlatformAdminView create(@Valid @RequestBody NewAdmin body) {
        return admins.create(body.email(), body.displayName(), body.password());
    }

    record NewAdmin(
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(max = 200) String displayName,
            @NotBlank @Size(max = 200) String password) {}
}
