package org.millwright.maintenance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.millwright.maintenance.internal.history.HistoryQuery;
import org.millwright.maintenance.internal.history.MaintenanceHistory;
import org.millwright.maintenance.internal.history.PlantTimes;
import org.millwright.maintenance.internal.history.RecordDetails;
import org.millwright.maintenance.internal.history.RecordSource;
import org.millwright.maintenance.internal.history.RecordView;
import org.millwright.maintenance.internal.history.WorkType;
import org.millwright.platform.error.InvalidRequestException;
import org.millwright.platform.security.CurrentPrincipal;
import org.millwright.platform.tenancy.SiteService;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(
        name = "Maintenance history",
        description = "What was done to the machines: imported, manual and work-order records")
@RestController
@RequestMapping("/api/v1/maintenance/history")
class HistoryController {

    static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("finishedAt"), Sort.Order.desc("id"));
    private final MaintenanceHistory history;
    private final SiteService sites;
    private final Paging paging;

    HistoryController(MaintenanceHistory history, SiteService sites, Paging paging) {
        this.history = history;
        this.sites = sites;
        this.paging = paging;
    }

    @Operation(
            summary = "Records newest first, filtered by asset, site, finishing time (from inclusive, to exclusive;"
                    + " a date alone is a whole day, read in the site's zone when siteId is given, else UTC),"
                    + " failure mode or work type")
    @GetMapping
    @PreAuthorize("hasRole('OPERATOR')")
    PageResponse<RecordView> list(
            @RequestParam(required = false) UUID assetId,
            @RequestParam(required = false) UUID siteId,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) @Size(max = 20) String failureMode,
            @RequestParam(required = false) String type,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        ZoneId zone = siteId == null ? ZoneOffset.UTC : sites.zoneOf(siteId);
        var query = new HistoryQuery(
                assetId,
                siteId,
                time("from", from, zone, false),
                time("to", to, zone, true),
                failureMode,
                workType(type),
                CurrentPrincipal.require().siteIds());
        return PageResponse.of(history.list(query, paging.of(page, size, NEWEST_FIRST)));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('OPERATOR')")
    RecordView get(@PathVariable UUID id) {
        return history.get(id);
    }

    @Operation(summary = "Add a record by hand (work done outside Millwright's work orders)")
    @PostMapping
    @PreAuthorize("hasRole('SUPERVISOR')")
    ResponseEntity<RecordView> create(@Valid @RequestBody NewRecord body) {
        RecordView created = history.record(RecordSource.MANUAL, null, body.toDetails());
        return ResponseEntity.created(URI.create("/api/v1/maintenance/history/" + created.id()))
                .body(created);
    }

    @Operation(summary = "Delete an imported or manual record (a completed work order's record stays)")
    @DeleteMapping("/{id}")
    @PreAuthorize("hasRole('SUPERVISOR')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id) {
        history.delete(id);
    }

    /** A time filter; null when absent. */
    static Instant time(String name, String value, ZoneId zone, boolean end) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return end ? PlantTimes.parseEnd(value, zone) : PlantTimes.parse(value, zone);
        } catch (DateTimeException e) {
            throw new InvalidRequestException("error.bad-time-parameter", name, value);
        }
    }

    private static WorkType workType(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return WorkType.fromWire(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("error.unknown-work-type", value);
        }
    }

    record NewRecord(
            @NotNull UUID assetId,
            @NotNull WorkType workType,
            Instant startedAt,
            @NotNull Instant finishedAt,
            @Size(max = 4000) String description,
            @Size(max = 20) String failureMode,
            @Size(max = 20) String failureCause,
            @Size(max = 20) String remedy,
            @PositiveOrZero Integer downtimeMinutes,

            @PositiveOrZero @Digits(integer = 8, fraction = 2)
            BigDecimal labourHours,

            @PositiveOrZero @Digits(integer = 12, fraction = 2)
            BigDecimal partsCost,

            @PositiveOrZero @Digits(integer = 12, fraction = 2)
            BigDecimal labourCost,

            @Size(max = 100) String externalRef) {

        RecordDetails toDetails() {
            return new RecordDetails(
                    assetId,
                    workType,
                    startedAt,
                    finishedAt,
                    description,
                    failureMode,
                    failureCause,
                    remedy,
                    downtimeMinutes,
                    labourHours,
                    partsCost,
                    labourCost,
                    externalRef);
        }
    }
}
