package org.millwright.inference.internal.usage;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The tenants' own monthly token quotas ({@code inference_tenant_quotas}). */
@Component
class QuotaTable {

    private final JdbcTemplate jdbc;

    QuotaTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Long> own(UUID tenant) {
        return jdbc
                .queryForList(
                        "select monthly_tokens from inference_tenant_quotas where tenant_id = ?", Long.class, tenant)
                .stream()
                .findFirst();
    }

    /** Sets (or with null removes) a tenant's own quota. */
    void replace(UUID tenant, Long monthlyTokens, UUID by, Instant at) {
        jdbc.update("delete from inference_tenant_quotas where tenant_id = ?", tenant);
        if (monthlyTokens != null) {
            jdbc.update(
                    "insert into inference_tenant_quotas (tenant_id, monthly_tokens, updated_by, updated_at)"
                            + " values (?, ?, ?, ?)",
                    tenant,
                    monthlyTokens,
                    by,
                    at.atOffset(ZoneOffset.UTC));
        }
    }
}
