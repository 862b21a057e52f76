package org.millwright.platform.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.millwright.platform.audit.AuditLog;
import org.millwright.platform.jobs.JobHandler;
import org.springframework.stereotype.Component;

/** Runs an online backup as a background job. */
@Component
class BackupJob implements JobHandler {

    static final String TYPE = "backup";
    private final BackupService backups;
    private final AuditLog audit;

    BackupJob(BackupService backups, AuditLog audit) {
        this.backups = backups;
        this.audit = audit;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Object run(Map<String, Object> params, Progress progress) throws Exception {
        Path file = backups.create(progress::report);
        audit.recordFor(
                null,
                "backup.created",
                "backup",
                file.getFileName(),
                null,
                Map.of("file", file.getFileName().toString()));
        return Map.of("file", file.getFileName().toString(), "path", file.toString(), "bytes", Files.size(file));
    }
}
