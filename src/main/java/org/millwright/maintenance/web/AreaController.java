package org.millwright.maintenance.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.UUID;
import org.millwright.maintenance.internal.AreaService;
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

@Tag(name = "Areas", description = "Areas of the caller's plants")
@RestController
@RequestMapping("/api/v1/maintenance/areas")
class AreaController {

    private final AreaService areas;
    private final Paging paging;

    AreaController(AreaService areas, Paging paging) {
        this.areas = areas;
        this.paging = paging;
    }

    @GetMapping
    @PreAuthorize("hasRole('OPERATOR')")
    PageResponse<AreaService.AreaView> list(
            @RequestParam(required = false) UUID siteId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(areas.list(siteId, paging.of(page, size, Sort.by("code"))));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('OPERATOR')")
    AreaService.AreaView get(@PathVariable UUID id) {
        return areas.get(id);
    }

    @PostMapping
    @PreAuthorize("hasRole('SUPERVISOR')")
    ResponseEntity<AreaService.AreaView> create(@Valid @RequestBody NewArea body) {
        var area = areas.create(body.siteId(), body.code(), body.name());
        return ResponseEntity.created(URI.create("/api/v1/maintenance/areas/" + area.id()))
                .body(area);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('SUPERVISOR')")
    AreaService.AreaView rename(@PathVariable UUID id, @Valid @RequestBody Rename body) {
        return areas.rename(id, body.name());
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasRole('SUPERVISOR')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id) {
        areas.delete(id);
    }

    record NewArea(
            @NotNull UUID siteId,

            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9._-]+")
            String code,

            @NotBlank @Size(max = 200) String name) {}

    record Rename(@NotBlank @Size(max = 200) String name) {}
}
