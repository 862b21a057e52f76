package org.millwright.maintenance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;
import org.millwright.maintenance.internal.parts.Movement;
import org.millwright.maintenance.internal.parts.MovementKind;
import org.millwright.maintenance.internal.parts.PartsInventory;
import org.millwright.maintenance.internal.parts.StockMovement.MovementView;
import org.millwright.maintenance.internal.parts.StockView;
import org.millwright.platform.error.ForbiddenException;
import org.millwright.platform.error.InvalidRequestException;
import org.millwright.platform.security.CurrentPrincipal;
import org.millwright.platform.security.MillwrightPrincipal;
import org.millwright.platform.security.Role;
import org.millwright.platform.web.PageResponse;
import org.millwright.platform.web.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Spare parts", description = "The tenant's spare-parts catalogue, with stock at the caller's sites")
@RestController
@RequestMapping("/api/v1/maintenance/parts/{id}")
class PartStockController {

    private final PartsInventory inventory;
    private final Paging paging;

    PartStockController(PartsInventory inventory, Paging paging) {
        this.inventory = inventory;
        this.paging = paging;
    }

    @Operation(summary = "A part's stock at a site (zero when the site never held it)")
    @GetMapping("/stock/{siteId}")
    @PreAuthorize("hasRole('OPERATOR')")
    StockView stock(@PathVariable UUID id, @PathVariable UUID siteId) {
        return inventory.stock(id, siteId);
    }

    @Operation(summary = "Set a part's minimum stock (reorder point) and bin location at a site")
    @PutMapping("/stock/{siteId}")
    @PreAuthorize("hasRole('SUPERVISOR')")
    StockView configure(@PathVariable UUID id, @PathVariable UUID siteId, @Valid @RequestBody StockSettings body) {
        return inventory.configure(id, siteId, body.minimum(), body.binLocation());
    }

    @Operation(
            summary = "Record a receipt or return (TECHNICIAN and up) or a signed adjustment with a reason"
                    + " (SUPERVISOR and up); consumptions are recorded by work orders")
    @PostMapping("/movements")
    @PreAuthorize("hasRole('TECHNICIAN')")
    ResponseEntity<MovementView> move(@PathVariable UUID id, @Valid @RequestBody NewMovement body) {
        MillwrightPrincipal caller = CurrentPrincipal.require();
        if (body.kind() == MovementKind.CONSUMPTION) {
            throw new InvalidRequestException("error.part-consumption-by-work-order");
        }
        if (body.kind() == MovementKind.ADJUSTMENT && !atLeast(caller, Role.SUPERVISOR)) {
            throw new ForbiddenException("error.part-adjustment-role");
        }
        MovementView line = inventory.record(new Movement(
                id,
                body.siteId(),
                body.kind(),
                body.quantity(),
                body.reason() == null ? null : body.reason().strip(),
                body.workOrderId(),
                caller.subjectId()));
        return ResponseEntity.status(HttpStatus.CREATED).body(line);
    }

    @Operation(summary = "A part's stock movements, newest first, at one site or every site the caller sees")
    @GetMapping("/movements")
    @PreAuthorize("hasRole('OPERATOR')")
    PageResponse<MovementView> movements(
            @PathVariable UUID id,
            @RequestParam(required = false) UUID siteId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(inventory.movements(
                id, siteId, paging.of(page, size, Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id")))));
    }

    private static boolean atLeast(MillwrightPrincipal caller, Role role) {
        return caller.role() != null && caller.role().compareTo(role) >= 0;
    }

    record StockSettings(
            @NotNull @PositiveOrZero @Digits(integer = 11, fraction = 3)
            BigDecimal minimum,

            @Size(max = 60) String binLocation) {}

    /** {@code quantity} is positive for receipts and returns, signed for adjustments. */
    record NewMovement(
            @NotNull UUID siteId,
            @NotNull MovementKind kind,
            @NotNull @Digits(integer = 11, fraction = 3) BigDecimal quantity,
            @Size(max = 500) String reason,
            UUID workOrderId) {}
}
