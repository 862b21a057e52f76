package org.millwright.platform.jobs;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jobrunr.scheduling.JobScheduler;
import org.millwright.platform.error.NotFoundException;
import org.millwright.platform.security.CurrentPrincipal;
import org.millwright.platform.security.MillwrightPrincipal;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Background jobs of the tenant in context: submitted here, run by JobRunr on the same database
 * (so they survive a restart), observed through the job API.
 */
@Service
public class Jobs {

    private final JobRecordRepository records;
    private final JobScheduler scheduler;
    private final JsonMapper json;

    Jobs(JobRecordRepository records, JobScheduler scheduler, JsonMapper json) {
        this.records = records;
        this.scheduler = scheduler;
        this.json = json;
    }

    /** Records and enqueues a job; call outside a transaction so the worker finds the record. */
    public JobView submit(String type, Map<String, Object> params) {
        UUID creator =
                CurrentPrincipal.get().map(MillwrightPrincipal::subjectId).orElse(null);
        JobRecord record = records.save(new JobRecord(type, json.writeValueAsString(params), creator));
        UUID id = record.getId();
        scheduler.<JobRunner>enqueue(id, runner -> runner.run(id));
        return view(record);
    }

    @Transactional(readOnly = true)
    public JobView get(UUID id) {
        return records.findById(id).map(this::view).orElseThrow(() -> NotFoundException.of("entity.job", id));
    }

    /** The tenant's oldest job of this type that is pending or running, if any. */
    @Transactional(readOnly = true)
    public Optional<JobView> unfinished(String type) {
        return records.findFirstByTypeAndStateInOrderByCreatedAt(type, List.of(JobState.PENDING, JobState.PROCESSING))
                .map(this::view);
    }

    @Transactional(readOnly = true)
    public Page<JobView> list(Pageable page) {
        return records.findAll(page).map(this::view);
    }

    private JobView view(JobRecord r) {
        JsonNode result = r.getResultJson() == null ? null : json.readTree(r.getResultJson());
        return new JobView(
                r.getId(),
                r.getType(),
                r.getState(),
                r.getProgress(),
                r.getMessage(),
                result,
                r.getError(),
                r.getCreatedAt(),
                r.getUpdatedAt());
    }

    /** A job as the API shows it. */
    public record JobView(
            UUID id,
            String type,
            JobState state,
            int progress,
            String message,
            JsonNode result,
            String error,
            Instant createdAt,
            Instant updatedAt) {}
}
