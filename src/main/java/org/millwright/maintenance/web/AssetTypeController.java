package org.millwright.maintenance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.millwright.maintenance.internal.AssetTypes;
import org.millwright.maintenance.internal.AssetTypes.AssetTypeView;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Asset types", description = "The built-in kinds of machine and the tenant's own")
@RestController
@RequestMapping("/api/v1/maintenance/asset-types")
class AssetTypeController {

    private final AssetTypes types;

    AssetTypeController(AssetTypes types) {
        this.types = types;
    }

    @Operation(summary = "Every asset type: the built-in ones, then the tenant's own by code")
    @GetMapping
    @PreAuthorize("hasRole('OPERATOR')")
    List<AssetTypeView> list() {
        return types.list();
    }

    @GetMapping("/{code}")
    @PreAuthorize("hasRole('OPERATOR')")
    AssetTypeView get(@PathVariable String code) {
        return types.get(code);
    }

    @Operation(summary = "Add a tenant asset type; its code may not be a built-in or existing one (409)")
    @PostMapping
    @PreAuthorize("hasRole('SUPERVISOR')")
    ResponseEntity<AssetTypeView> create(@Valid @RequestBody NewType body) {
        AssetTypeView type = types.create(body.code(), body.nameEn(), body.nameEs());
        return ResponseEntity.created(URI.create("/api/v1/maintenance/asset-types/" + type.code()))
                .body(type);
    }

    @Operation(summary = "Rename a tenant asset type or switch it off (its assets keep it; new ones cannot take it)")
    @PutMapping("/{code}")
    @PreAuthorize("hasRole('SUPERVISOR')")
    AssetTypeView update(@PathVariable String code, @Valid @RequestBody TypeChange body) {
        return types.update(code, body.nameEn(), body.nameEs(), body.active());
    }

    @Operation(summary = "Delete a tenant asset type that no asset has")
    @DeleteMapping("/{code}")
    @PreAuthorize("hasRole('SUPERVISOR')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String code) {
        types.delete(code);
    }

    record NewType(
            @NotNull @Pattern(regexp = "[a-z0-9_-]{2,40}") String code,
            @NotBlank @Size(max = 100) String nameEn,
            @NotBlank @Size(max = 100) String nameEs) {}

    record TypeChange(
            @NotBlank @Size(max = 100) String nameEn,
            @NotBlank @Size(max = 100) String nameEs,
            @NotNull Boolean active) {}
}
