package org.millwright.platform.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.millwright.platform.error.ForbiddenException;
import org.millwright.platform.web.PageResponse;
import org.millwright.platform.web.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "API keys", description = "Machine credentials of the caller's tenant; admins only")
@RestController
@RequestMapping("/api/v1/admin/api-keys")
@PreAuthorize("hasRole('ADMIN')")
class ApiKeyController {

    private final ApiKeyService keys;
    private final Paging paging;

    ApiKeyController(ApiKeyService keys, Paging paging) {
        this.keys = keys;
        this.paging = paging;
    }

    @Operation(summary = "Create a key; its value is in this response only")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ApiKeyService.IssuedKey create(@Valid @RequestBody NewKey body) {
        if (body.platformKey() && !CurrentPrincipal.require().platformAdmin()) {
            throw new ForbiddenException("error.forbidden");
        }
        return keys.issue(body.name(), body.role(), body.platformKey(), body.expiresAt(), null);
    }

    @GetMapping
    PageResponse<ApiKeyService.ApiKeyView> list(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(keys.list(paging.of(page, size, Sort.by("createdAt"))));
    }

    @Operation(summary = "Revoke a key: it stops working at once")
    @DeleteMapping("/{id}")
    ApiKeyService.ApiKeyView revoke(@PathVariable UUID id) {
        return keys.revoke(id);
    }

    record NewKey(
            @NotBlank @Size(max = 100) String name,
            @NotNull Role role,
            @Future Instant expiresAt,
            Boolean platformAdmin) {

        boolean platformKey() {
            return Boolean.TRUE.equals(platformAdmin);
        }
    }
}
