package org.millwright.maintenance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;
import org.millwright.maintenance.AssetStatus;
import org.millwright.maintenance.AssetSummary;
import org.millwright.maintenance.Criticality;
import org.millwright.maintenance.internal.Asset;
import org.millwright.maintenance.internal.AssetDetailReader;
import org.millwright.maintenance.internal.AssetQuery;
import org.millwright.maintenance.internal.AssetService;
import org.millwright.maintenance.internal.AssetTypes;
import org.millwright.maintenance.internal.AssetView;
import org.millwright.platform.error.InvalidRequestException;
import org.millwright.platform.security.CurrentPrincipal;
import org.millwright.platform.web.PageResponse;
import org.millwright.platform.web.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Assets", description = "The machines of the caller's plants")
@RestController
@RequestMapping("/api/v1/maintenance/assets")
class AssetController {

    private final AssetService assets;
    private final AssetDetailReader details;
    private final AssetTypes types;
    private final Paging paging;

    AssetController(AssetService assets, AssetDetailReader details, AssetTypes types, Paging paging) {
        this.assets = assets;
        this.details = details;
        this.types = types;
        this.paging = paging;
    }

    @Operation(summary = "List assets, filtered by site, area, type, status, criticality or text")
    @GetMapping
    @PreAuthorize("hasRole('OPERATOR')")
    PageResponse<AssetSummary> list(
            @RequestParam(required = false) UUID siteId,
            @RequestParam(required = false) UUID areaId,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Criticality criticality,
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        var query = new AssetQuery(
                siteId,
                areaId,
                type == null || type.isBlank()
                        ? null
                        : types.find(type)
                                .orElseThrow(() -> new InvalidRequestException("error.unknown-asset-type", type)),
                parse(status, AssetStatus::fromWire, "error.unknown-asset-status"),
                criticality,
                q,
                CurrentPrincipal.require().siteIds());
        return PageResponse.of(assets.list(query, paging.of(page, size, Sort.by("code"))));
    }

    @Operation(summary = "An asset in full, with its location, meters, newest photos and linked knowledge documents")
    @GetMapping("/{id}")
    @PreAuthorize("hasRole('OPERATOR')")
    AssetView get(@PathVariable UUID id) {
        return details.get(id);
    }

    @Operation(summary = "Add an asset; its type is a built-in or tenant asset type code (see /asset-types)")
    @PostMapping
    @PreAuthorize("hasRole('SUPERVISOR')")
    ResponseEntity<AssetSummary> create(@Valid @RequestBody NewAsset body) {
        AssetSummary asset =
                assets.create(body.siteId(), body.code(), body.details().toDetails());
        return ResponseEntity.created(URI.create("/api/v1/maintenance/assets/" + asset.id()))
                .body(asset);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('SUPERVISOR')")
    AssetSummary update(@PathVariable UUID id, @Valid @RequestBody AssetFields body) {
        return assets.update(id, body.toDetails());
    }

    @Operation(summary = "Change an asset's status (operational, down, in_maintenance, retired)")
    @PatchMapping("/{id}/status")
    @PreAuthorize("hasRole('TECHNICIAN')")
    AssetSummary status(@PathVariable UUID id, @Valid @RequestBody StatusChange body) {
        return assets.changeStatus(id, body.status());
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasRole('SUPERVISOR')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id) {
        assets.delete(id);
    }

    private static <T> T parse(String value, Function<String, T> parser, String errorKey) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(errorKey, value);
        }
    }

    record NewAsset(
            @NotNull UUID siteId,

            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9._-]+")
            String code,

            @NotNull @Valid AssetFields details) {}

    record AssetFields(
            UUID areaId,
            UUID parentId,
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 40) String type,
            @NotNull Criticality criticality,
            AssetStatus status,
            @Size(max = 120) String manufacturer,
            @Size(max = 120) String model,
            @Size(max = 120) String serialNumber,
            @PastOrPresent LocalDate installDate,
            @Size(max = 2000) String description,
            @Size(max = 300) String location,
            @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @DecimalMin("-180") @DecimalMax("180") Double longitude) {

        Asset.AssetDetails toDetails() {
            return new Asset.AssetDetails(
                    areaId,
                    parentId,
                    name.strip(),
                    type,
                    criticality,
                    status,
                    manufacturer,
                    model,
                    serialNumber,
                    installDate,
                    description,
                    location == null || location.isBlank() ? null : location.strip(),
                    latitude,
                    longitude);
        }
    }

    record StatusChange(@NotNull AssetStatus status) {}
}
