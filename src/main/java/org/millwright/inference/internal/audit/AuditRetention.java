package org.millwright.inference.internal.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.millwright.inference.internal.InferenceSettings;
import org.millwright.platform.jobs.TenantTask;
import org.millwright.platform.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Deletes audit rows older than {@code millwright.inference.audit.retention}, every hour for each
 * tenant (a JobRunr recurring job through {@link TenantTask}, so one node of a cluster runs it), in
 * batches of {@value #BATCH} rows, each its own transaction. The daily usage totals are kept.
 */
@Component
public class AuditRetention implements TenantTask {

    static final int BATCH = 1000;
    private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);
    private final JdbcTemplate jdbc;
    private final Duration retention;
    private final Clock clock;

    AuditRetention(JdbcTemplate jdbc, InferenceSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.retention = settings.audit().retention();
        this.clock = clock;
    }

    @Override
    public String name() {
        return "inference-audit-retention";
    }

    @Override
    public Duration interval() {
        return Duration.ofHours(1);
    }

    @Override
    public void runForTenant() {
        purge(Instant.now(clock));
    }

    /** Deletes the rows of the tenant in context created before {@code now} minus the retention. */
    public int purge(Instant now) {
        UUID tenant = TenantContext.require();
        Instant cutoff = now.minus(retention);
        int deleted = 0;
        int batch;
        do {
            batch = jdbc.update(
                    "delete from inference_audit where id in (select id from inference_audit"
                            + " where tenant_id = ? and created_at < ? order by created_at fetch first "
                            + BATCH + " rows only)",
                    tenant,
                    cutoff.atOffset(ZoneOffset.UTC));
            deleted += batch;
        } while (batch >= BATCH);
        if (deleted > 0) {
            log.info("Deleted {} inference audit rows of tenant {} older than {}", deleted, tenant, cutoff);
        }
        return deleted;
    }
}
