package org.millwright.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.millwright.platform.PlatformStorageContract;
import org.millwright.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A job recorded but lost by JobRunr in a hard stop runs after the next start. */
class JobRecoveryIT extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JobRecovery recovery;

    @Test
    void aRecordedJobThatJobRunrLostIsEnqueuedAgain() {
        UUID tenant = UUID.fromString(
                admin.get("/api/v1/auth/me").json().get("tenantId").asString());
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update(
                "insert into job_records (id, tenant_id, job_type, state, progress, params_json, created_at, updated_at,"
                        + " version) values (?, ?, 'tenant-export', 'PENDING', 0, ?, ?, ?, 0)",
                id,
                tenant,
                "{\"fileName\":\"" + UUID.randomUUID() + ".zip\"}",
                now,
                now);
        assertThat(jdbc.queryForObject("select count(*) from jobrunr_jobs where id = ?", Integer.class, id.toString()))
                .isZero();

        recovery.recover();

        var job = PlatformStorageContract.awaitJob(admin, id.toString());
        assertThat(job.get("state").asString()).isEqualTo("completed");
    }
}
