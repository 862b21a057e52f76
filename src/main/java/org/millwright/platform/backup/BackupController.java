package org.millwright.platform.backup;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.millwright.platform.error.InvalidRequestException;
import org.millwright.platform.jobs.Jobs;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Backups", description = "Online backup of the embedded database and data directory")
@RestController
@RequestMapping("/api/v1/admin/backups")
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class BackupController {

    private final BackupService backups;
    private final Jobs jobs;

    BackupController(BackupService backups, Jobs jobs) {
        this.backups = backups;
        this.jobs = jobs;
    }

    @Operation(summary = "Start an online backup; follow it with the job API")
    @PostMapping
    ResponseEntity<Jobs.JobView> start() {
        if (!backups.supported()) {
            throw new InvalidRequestException("error.backup-unsupported");
        }
        Jobs.JobView job = jobs.submit(BackupJob.TYPE, Map.of());
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/jobs/" + job.id()))
                .body(job);
    }

    @GetMapping
    List<BackupFile> list() {
        return backups.list().stream()
                .map(p -> new BackupFile(p.getFileName().toString(), size(p)))
                .toList();
    }

    private static long size(java.nio.file.Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record BackupFile(String name, long bytes) {}
}
