package org.millwright.platform.jobs;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.scheduling.JobScheduler;
import org.millwright.platform.tenancy.AbstractEntity;
import org.millwright.platform.tenancy.TenantContext;
import org.millwright.platform.tenancy.TenantRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Schedules every {@link TenantTask} as a JobRunr recurring job (id {@code tenant-task-<name>})
 * once the application is ready, and runs it for each tenant. JobRunr keeps recurring jobs in the
 * database, so with several nodes each interval is run by one of them; the first run comes one
 * interval after the job is (re)registered at start-up.
 */
@Component
public class TenantTasks {

    static final Duration SHORTEST_INTERVAL = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(TenantTasks.class);
    private final Map<String, TenantTask> tasks;
    private final JobScheduler scheduler;
    private final TenantRepository tenants;

    TenantTasks(List<TenantTask> tasks, JobScheduler scheduler, TenantRepository tenants) {
        this.tasks = tasks.stream().collect(Collectors.toMap(TenantTask::name, Function.identity()));
        this.scheduler = scheduler;
        this.tenants = tenants;
    }

    @EventListener(ApplicationReadyEvent.class)
    void schedule() {
        for (TenantTask task : tasks.values()) {
            String name = task.name();
            Duration every = task.interval();
            if (every.compareTo(SHORTEST_INTERVAL) < 0) {
                throw new IllegalStateException("Task " + name + " runs every " + every + "; the least is a minute");
            }
            scheduler.<TenantTasks>scheduleRecurrently("tenant-task-" + name, every, runner -> runner.run(name));
        }
    }

    /** Runs the named task for every tenant, one after the other; returns how many tenants failed. */
    @Job(name = "tenant task %0", retries = 0)
    public int run(String name) {
        TenantTask task = tasks.get(name);
        if (task == null) {
            log.warn("No tenant task named {}; a recurring job of an older version?", name);
            return 0;
        }
        List<UUID> ids = TenantContext.callAsRoot(
                () -> tenants.findAll().stream().map(AbstractEntity::getId).toList());
        int failed = 0;
        for (UUID tenantId : ids) {
            try {
                TenantContext.run(tenantId, task::runForTenant);
            } catch (RuntimeException e) {
                failed++;
                log.error("Tenant task {} failed for tenant {}", name, tenantId, e);
            }
        }
        return failed;
    }
}
