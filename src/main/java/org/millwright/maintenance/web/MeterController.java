package org.millwright.maintenance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.millwright.maintenance.internal.meter.MeterKind;
import org.millwright.maintenance.internal.meter.MeterService;
import org.millwright.maintenance.internal.meter.MeterService.MeterView;
import org.millwright.maintenance.internal.meter.MeterService.ReadingView;
import org.millwright.maintenance.internal.meter.MeterUsage;
import org.millwright.maintenance.internal.meter.ReadingSource;
import org.millwright.platform.web.PageResponse;
import org.millwright.platform.web.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Asset meters", description = "Operating hours, cycles, kilometres and other counters of a machine")
@RestController
@RequestMapping("/api/v1/maintenance/assets/{assetId}/meters")
class MeterController {

    private final MeterService meters;
    private final Paging paging;

    MeterController(MeterService meters, Paging paging) {
        this.meters = meters;
        this.paging = paging;
    }

    @Operation(summary = "Add a meter (kind hours, cycles, km, or other with a unit)")
    @PostMapping
    @PreAuthorize("hasRole('SUPERVISOR')")
    ResponseEntity<MeterView> create(@PathVariable UUID assetId, @Valid @RequestBody NewMeter body) {
        MeterView meter = meters.create(assetId, body.name(), body.kind(), body.unit());
        return ResponseEntity.created(URI.create("/api/v1/maintenance/assets/" + assetId + "/meters/" + meter.id()))
                .body(meter);
    }

    @GetMapping
    @PreAuthorize("hasRole('OPERATOR')")
    List<MeterView> list(@PathVariable UUID assetId) {
        return meters.list(assetId);
    }

    @GetMapping("/{meterId}")
    @PreAuthorize("hasRole('OPERATOR')")
    MeterView get(@PathVariable UUID assetId, @PathVariable UUID meterId) {
        return meters.get(assetId, meterId);
    }

    @Operation(summary = "The current value and the average use per day over the last days (1 to 366)")
    @GetMapping("/{meterId}/usage")
    @PreAuthorize("hasRole('OPERATOR')")
    MeterUsage usage(
            @PathVariable UUID assetId, @PathVariable UUID meterId, @RequestParam(defaultValue = "30") int days) {
        return meters.usage(assetId, meterId, days);
    }

    @Operation(
            summary = "Record a reading (dated now unless readAt is given). Lower than the latest: 422 unless"
                    + " reset=true (meter replaced); dated before the latest: 422; in the future: 400")
    @PostMapping("/{meterId}/readings")
    @PreAuthorize("hasRole('TECHNICIAN')")
    ResponseEntity<ReadingView> record(
            @PathVariable UUID assetId, @PathVariable UUID meterId, @Valid @RequestBody NewReading body) {
        ReadingView reading = meters.record(
                assetId, meterId, body.value(), body.readAt(), body.source(), Boolean.TRUE.equals(body.reset()));
        return ResponseEntity.status(201).body(reading);
    }

    @Operation(summary = "A meter's readings, newest first")
    @GetMapping("/{meterId}/readings")
    @PreAuthorize("hasRole('OPERATOR')")
    PageResponse<ReadingView> readings(
            @PathVariable UUID assetId,
            @PathVariable UUID meterId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        var sort = Sort.by(Sort.Order.desc("readAt"), Sort.Order.desc("createdAt"));
        return PageResponse.of(meters.readings(assetId, meterId, paging.of(page, size, sort)));
    }

    record NewMeter(
            @NotBlank @Size(max = 100) String name,
            @NotNull MeterKind kind,
            @Size(max = 20) String unit) {}

    record NewReading(
            @NotNull @PositiveOrZero @DecimalMax("1e12") Double value,
            Instant readAt,
            ReadingSource source,
            Boolean reset) {}
}
