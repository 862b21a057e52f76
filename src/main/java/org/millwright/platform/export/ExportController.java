package org.millwright.platform.export;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.millwright.platform.error.NotFoundException;
import org.millwright.platform.jobs.Jobs;
import org.millwright.platform.tenancy.TenantContext;
import org.millwright.platform.tenancy.TenantFiles;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Tenant export", description = "All of the caller's tenant data as a ZIP of JSON and CSV")
@RestController
@RequestMapping("/api/v1/admin/exports")
@PreAuthorize("hasRole('ADMIN')")
class ExportController {

    private final Jobs jobs;
    private final TenantFiles files;

    ExportController(Jobs jobs, TenantFiles files) {
        this.jobs = jobs;
        this.files = files;
    }

    @Operation(summary = "Start an export of the tenant; the job's result names the file to download")
    @PostMapping
    ResponseEntity<Jobs.JobView> start() {
        String fileName = UUID.randomUUID() + ".zip";
        Jobs.JobView job = jobs.submit(TenantExportJob.TYPE, Map.of("fileName", fileName));
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/jobs/" + job.id()))
                .body(job);
    }

    @Operation(summary = "Download a finished export of the caller's tenant")
    @GetMapping(value = "/{exportId}/file", produces = "application/zip")
    ResponseEntity<Resource> download(@PathVariable UUID exportId) {
        Path file = files.folder("exports", TenantContext.require()).resolve(exportId + ".zip");
        if (!Files.isRegularFile(file)) {
            throw new NotFoundException(
                    "error.not-found",
                    new org.springframework.context.support.DefaultMessageSourceResolvable("entity.export"),
                    exportId);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"millwright-export-" + exportId + ".zip\"")
                .body(new FileSystemResource(file));
    }
}
