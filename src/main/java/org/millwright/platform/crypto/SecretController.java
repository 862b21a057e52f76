package org.millwright.platform.crypto;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Secrets", description = "Encrypted tenant secrets (write-only); admins only")
@RestController
@RequestMapping("/api/v1/admin/secrets")
@PreAuthorize("hasRole('ADMIN')")
class SecretController {

    private final TenantSecrets secrets;

    SecretController(TenantSecrets secrets) {
        this.secrets = secrets;
    }

    @Operation(summary = "Create or replace a secret; the value is encrypted and never returned")
    @PutMapping("/{name}")
    TenantSecrets.SecretInfo put(@PathVariable String name, @Valid @RequestBody Value body) {
        return secrets.put(name, body.value());
    }

    @GetMapping
    List<TenantSecrets.SecretInfo> list() {
        return secrets.list();
    }

    @DeleteMapping("/{name}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String name) {
        secrets.delete(name);
    }

    record Value(@NotBlank @Size(max = 4000) String value) {}
}
