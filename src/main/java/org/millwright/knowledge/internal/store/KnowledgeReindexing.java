package org.millwright.knowledge.internal.store;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.millwright.platform.error.ConflictException;
import org.millwright.platform.jobs.Jobs;
import org.millwright.platform.tenancy.TenantContext;
import org.springframework.stereotype.Service;

/** Starts rebuilds of the tenant's index ({@link ReindexJob}), at most one pending or running per tenant. */
@Service
public class KnowledgeReindexing {

    static final String JOB = "knowledge-reindex";

    private final Jobs jobs;
    private final ConcurrentMap<UUID, Object> locks = new ConcurrentHashMap<>();

    KnowledgeReindexing(Jobs jobs) {
        this.jobs = jobs;
    }

    /**
     * Queues a rebuild of the tenant in context; {@code reembed} embeds every passage again, else
     * only those without a vector of the configured model. A conflict while one is pending or running.
     */
    public Jobs.JobView start(boolean reembed) {
        Attempt attempt = submit(reembed, "requested");
        if (!attempt.started()) {
            throw new ConflictException(
                    "knowledge.reindex-running", attempt.job().id());
        }
        return attempt.job();
    }

    /** Queues a rebuild unless one is already pending or running for the tenant in context. */
    Optional<Jobs.JobView> startIfIdle(String reason) {
        Attempt attempt = submit(false, reason);
        return attempt.started() ? Optional.of(attempt.job()) : Optional.empty();
    }

    private Attempt submit(boolean reembed, String reason) {
        UUID tenant = TenantContext.require();
        synchronized (locks.computeIfAbsent(tenant, t -> new Object())) {
            return jobs.unfinished(JOB)
                    .map(running -> new Attempt(running, false))
                    .orElseGet(() -> new Attempt(jobs.submit(JOB, Map.of("reembed", reembed, "reason", reason)), true));
        }
    }

    /** The job now pending or running, and whether this call started it. */
    private record Attempt(Jobs.JobView job, boolean started) {}
}
