package org.millwright.maintenance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.millwright.maintenance.TimelineItem;
import org.millwright.maintenance.internal.timeline.TimelineService;
import org.millwright.platform.assets.AssetTimeline.Entry;
import org.millwright.platform.assets.AssetTimeline.Kind;
import org.millwright.platform.error.InvalidRequestException;
import org.millwright.platform.security.CurrentPrincipal;
import org.millwright.platform.security.MillwrightPrincipal;
import org.millwright.platform.web.PageResponse;
import org.millwright.platform.web.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Asset timeline", description = "What happened to a machine, newest first")
@RestController
@RequestMapping("/api/v1/maintenance/assets/{assetId}/timeline")
class TimelineController {

    private final TimelineService timeline;
    private final Paging paging;

    TimelineController(TimelineService timeline, Paging paging) {
        this.timeline = timeline;
        this.paging = paging;
    }

    @Operation(summary = "A machine's timeline: work orders, requests, alarms, predictions, notes, conversations")
    @GetMapping
    @PreAuthorize("hasRole('OPERATOR')")
    PageResponse<TimelineItem> list(
            @PathVariable UUID assetId,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        var filter = new TimelineService.Filter(kinds(kind), from, to);
        return PageResponse.of(timeline.page(assetId, filter, paging.of(page, size, Sort.unsorted())));
    }

    @Operation(summary = "Add a technician's note to a machine's timeline")
    @PostMapping("/notes")
    @PreAuthorize("hasRole('TECHNICIAN')")
    @ResponseStatus(HttpStatus.CREATED)
    void note(@PathVariable UUID assetId, @Valid @RequestBody Note body) {
        timeline.get(assetId);
        MillwrightPrincipal caller = CurrentPrincipal.require();
        UUID actor = caller.kind() == MillwrightPrincipal.Kind.USER ? caller.subjectId() : null;
        timeline.record(new Entry(assetId, Kind.NOTE, "noted", body.text(), null, null, Instant.now(), actor, null));
    }

    private static Set<Kind> kinds(String value) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        for (String part : value.split(",")) {
            try {
                kinds.add(Kind.valueOf(part.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException(
                        "error.unknown-timeline-kind", part.strip(), Arrays.toString(Kind.values()));
            }
        }
        return kinds;
    }

    record Note(@NotBlank @Size(max = 500) String text) {}
}
