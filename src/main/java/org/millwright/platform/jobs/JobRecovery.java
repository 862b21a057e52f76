package org.millwright.platform.jobs;

import java.util.List;
import java.util.UUID;
import org.jobrunr.scheduling.JobScheduler;
import org.jobrunr.storage.JobNotFoundException;
import org.jobrunr.storage.StorageProvider;
import org.millwright.platform.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * After a crash, a job may be recorded but missing from JobRunr (the last commits of the embedded
 * database can be lost on a hard stop). At start-up every unfinished job without a JobRunr job is
 * enqueued again under its own id; jobs interrupted while running are retried by JobRunr itself.
 */
@Component
class JobRecovery {

    private static final Logger log = LoggerFactory.getLogger(JobRecovery.class);
    private final JobRecordRepository records;
    private final StorageProvider storage;
    private final JobScheduler scheduler;

    JobRecovery(JobRecordRepository records, StorageProvider storage, JobScheduler scheduler) {
        this.records = records;
        this.storage = storage;
        this.scheduler = scheduler;
    }

    @EventListener(ApplicationReadyEvent.class)
    void recover() {
        List<UUID> unfinished = TenantContext.callAsRoot(
                () -> records.findIdsByStateIn(List.of(JobState.PENDING, JobState.PROCESSING)));
        int requeued = 0;
        for (UUID id : unfinished) {
            if (!knownToJobRunr(id)) {
                scheduler.<JobRunner>enqueue(id, runner -> runner.run(id));
                requeued++;
            }
        }
        if (requeued > 0) {
            log.warn("Enqueued {} unfinished job(s) again after an unclean stop", requeued);
        }
    }

    private boolean knownToJobRunr(UUID id) {
        try {
            storage.getJobById(id);
            return true;
        } catch (JobNotFoundException e) {
            return false;
        }
    }
}
