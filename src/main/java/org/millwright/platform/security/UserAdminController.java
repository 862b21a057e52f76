package org.millwright.platform.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Set;
import java.util.UUID;
import org.millwright.platform.error.ForbiddenException;
import org.millwright.platform.web.PageResponse;
import org.millwright.platform.web.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Users", description = "People of the caller's tenant; admins only")
@RestController
@RequestMapping("/api/v1/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class UserAdminController {

    private final UserService users;
    private final Paging paging;

    UserAdminController(UserService users, Paging paging) {
        this.users = users;
        this.paging = paging;
    }

    @PostMapping
    ResponseEntity<UserService.UserView> create(@Valid @RequestBody NewUserBody body) {
        boolean callerIsPlatformAdmin = CurrentPrincipal.require().platformAdmin();
        if (body.platformUser() && !callerIsPlatformAdmin) {
            throw new ForbiddenException("error.forbidden");
        }
        var user = users.create(new UserService.NewUser(
                body.email(),
                body.displayName(),
                body.password(),
                body.role(),
                body.locale(),
                body.siteIds(),
                body.platformUser()));
        return ResponseEntity.created(URI.create("/api/v1/admin/users/" + user.id()))
                .body(user);
    }

    @GetMapping
    PageResponse<UserService.UserView> list(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(users.list(paging.of(page, size, Sort.by("email"))));
    }

    @GetMapping("/{id}")
    UserService.UserView get(@PathVariable UUID id) {
        return users.get(id);
    }

    @PutMapping("/{id}")
    UserService.UserView update(@PathVariable UUID id, @Valid @RequestBody UserChange body) {
        return users.update(
                id, body.displayName(), body.role(), body.locale(), body.siteIds() == null ? Set.of() : body.siteIds());
    }

    @Operation(summary = "Delete a user; history keeps their actions, anonymised")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id) {
        users.delete(id);
    }

    @Operation(summary = "Issue a single-use, expiring password-reset token (shown once)")
    @PostMapping("/{id}/password-reset-tokens")
    @ResponseStatus(HttpStatus.CREATED)
    UserService.ResetToken resetToken(@PathVariable UUID id) {
        return users.issueResetToken(id);
    }

    record NewUserBody(
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(max = 200) String displayName,
            @NotBlank @Size(max = 200) String password,
            @NotNull Role role,
            @Pattern(regexp = "es|en") String locale,
            Set<UUID> siteIds,
            Boolean platformAdmin) {

        boolean platformUser() {
            return Boolean.TRUE.equals(platformAdmin);
        }
    }

    record UserChange(
            @NotBlank @Size(max = 200) String displayName,
            @NotNull Role role,
            @Pattern(regexp = "es|en") String locale,
            Set<UUID> siteIds) {}
}
