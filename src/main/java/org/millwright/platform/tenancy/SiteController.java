package org.millwright.platform.tenancy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.UUID;
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

@Tag(name = "Sites", description = "Plants of the caller's tenant")
@RestController
@RequestMapping("/api/v1/sites")
class SiteController {

    private final SiteService sites;
    private final Paging paging;

    SiteController(SiteService sites, Paging paging) {
        this.sites = sites;
        this.paging = paging;
    }

    @Operation(summary = "List the plants the caller may see")
    @GetMapping
    @PreAuthorize("hasRole('OPERATOR')")
    PageResponse<SiteService.SiteView> list(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(sites.list(paging.of(page, size, Sort.by("code"))));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('OPERATOR')")
    SiteService.SiteView get(@PathVariable UUID id) {
        return sites.get(id);
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<SiteService.SiteView> create(@Valid @RequestBody NewSite body) {
        var site = sites.create(body.code(), body.name(), body.timeZone(), body.address());
        return ResponseEntity.created(URI.create("/api/v1/sites/" + site.id())).body(site);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    SiteService.SiteView update(@PathVariable UUID id, @Valid @RequestBody SiteChange body) {
        return sites.update(id, body.name(), body.timeZone(), body.address());
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id) {
        sites.delete(id);
    }

    record NewSite(
            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_-]+")
            String code,

            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 64) String timeZone,
            @Size(max = 300) String address) {}

    record SiteChange(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 64) String timeZone,
            @Size(max = 300) String address) {}
}
