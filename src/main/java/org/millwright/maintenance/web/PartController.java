package org.millwright.maintenance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.millwright.maintenance.PartSummary;
import org.millwright.maintenance.internal.parts.LowStockItem;
import org.millwright.maintenance.internal.parts.PartService;
import org.millwright.maintenance.internal.parts.PartUnit;
import org.millwright.maintenance.internal.parts.PartView;
import org.millwright.maintenance.internal.parts.PartsInventory;
import org.millwright.maintenance.internal.parts.SparePart;
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

@Tag(name = "Spare parts", description = "The tenant's spare-parts catalogue, with stock at the caller's sites")
@RestController
@RequestMapping("/api/v1/maintenance/parts")
class PartController {

    private final PartService parts;
    private final PartsInventory inventory;
    private final Paging paging;

    PartController(PartService parts, PartsInventory inventory, Paging paging) {
        this.parts = parts;
        this.inventory = inventory;
        this.paging = paging;
    }

    @Operation(
            summary = "Search the catalogue: words of q in part numbers, manufacturer and description (case and"
                    + " accents ignored; an exact part number first), parts fitting an asset type or an asset,"
                    + " parts stocked at a site, active or not")
    @GetMapping
    @PreAuthorize("hasRole('OPERATOR')")
    PageResponse<PartSummary> list(
            @RequestParam(required = false) @Size(max = 200) String q,
            @RequestParam(required = false) String assetType,
            @RequestParam(required = false) UUID assetId,
            @RequestParam(required = false) UUID siteId,
            @RequestParam(required = false) Boolean active,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(
                parts.search(q, assetType, assetId, siteId, active, paging.of(page, size, Sort.unsorted())));
    }

    @Operation(summary = "Parts under their minimum stock, at one site or at every site the caller sees")
    @GetMapping("/low-stock")
    @PreAuthorize("hasRole('OPERATOR')")
    PageResponse<LowStockItem> lowStock(
            @RequestParam(required = false) UUID siteId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(inventory.lowStock(siteId, paging.of(page, size, Sort.unsorted())));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('OPERATOR')")
    PartView get(@PathVariable UUID id) {
        return parts.get(id);
    }

    @PostMapping
    @PreAuthorize("hasRole('SUPERVISOR')")
    ResponseEntity<PartView> create(@Valid @RequestBody PartFields body) {
        PartView part = parts.create(body.toDetails());
        return ResponseEntity.created(
                        URI.create("/api/v1/maintenance/parts/" + part.part().id()))
                .body(part);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('SUPERVISOR')")
    PartView update(@PathVariable UUID id, @Valid @RequestBody PartFields body) {
        return parts.update(id, body.toDetails());
    }

    @Operation(summary = "Delete a part that never moved (a part with movements answers 409: deactivate it)")
    @DeleteMapping("/{id}")
    @PreAuthorize("hasRole('SUPERVISOR')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id) {
        parts.delete(id);
    }

    /**
     * A part as written by a client. {@code currency} (ISO 4217) is required with {@code
     * unitCost}; {@code active} defaults to true.
     */
    record PartFields(
            @NotBlank @Size(max = 60) @Pattern(regexp = "\\s*[A-Za-z0-9][A-Za-z0-9._/+#-]*\\s*")
            String partNumber,

            @NotBlank @Size(max = 500) String description,
            @Size(max = 120) String manufacturer,
            @Size(max = 60) String manufacturerPartNumber,
            @NotNull PartUnit unit,

            @PositiveOrZero @Digits(integer = 10, fraction = 4)
            BigDecimal unitCost,

            @Size(max = 3) String currency,
            @Size(max = 50) List<@NotBlank @Size(max = 40) String> assetTypes,
            @Size(max = 200) List<@NotNull UUID> assetIds,
            Boolean active) {

        SparePart.PartDetails toDetails() {
            return new SparePart.PartDetails(
                    partNumber,
                    description,
                    manufacturer,
                    manufacturerPartNumber,
                    unit,
                    unitCost,
                    currency,
                    assetTypes == null ? new LinkedHashSet<>() : new LinkedHashSet<>(assetTypes),
                    assetIds == null ? new LinkedHashSet<>() : new LinkedHashSet<>(assetIds),
                    active == null || active);
        }
    }
}
