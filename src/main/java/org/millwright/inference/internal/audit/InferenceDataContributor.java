package org.millwright.inference.internal.audit;

import java.util.UUID;
import org.millwright.platform.tenancy.TenantDataContributor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The inference audit, the daily usage totals and the tenant's quota in its export and deletion. */
@Component
class InferenceDataContributor implements TenantDataContributor {

    private final JdbcTemplate jdbc;

    InferenceDataContributor(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "inference";
    }

    @Override
    public int deletionOrder() {
        return 40;
    }

    @Override
    public void export(UUID tenantId, ExportSink sink) {
        sink.json(
                "inference_audit.json",
                jdbc.queryForList(
                        "select id, user_id, conversation_id, kind, endpoint, provider, model, prompt, response,"
                                + " sources, tokens_in, tokens_out, tokens_estimated, latency_ms, first_token_ms,"
                                + " status, error, created_at from inference_audit where tenant_id = ?"
                                + " order by created_at, id",
                        tenantId));
        sink.json(
                "inference_usage_daily.json",
                jdbc.queryForList(
                        "select usage_day, user_id, model, requests, errors, tokens_in, tokens_out"
                                + " from inference_usage_daily where tenant_id = ? order by usage_day, user_id, model",
                        tenantId));
        sink.json(
                "inference_tenant_quota.json",
                jdbc.queryForList(
                        "select monthly_tokens, updated_by, updated_at from inference_tenant_quotas"
                                + " where tenant_id = ?",
                        tenantId));
    }

    @Override
    public void deleteAll(UUID tenantId) {
        jdbc.update("delete from inference_audit where tenant_id = ?", tenantId);
        jdbc.update("delete from inference_usage_daily where tenant_id = ?", tenantId);
        jdbc.update("delete from inference_tenant_quotas where tenant_id = ?", tenantId);
    }
}
