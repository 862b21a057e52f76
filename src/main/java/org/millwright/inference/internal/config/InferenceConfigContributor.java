package org.millwright.inference.internal.config;

import java.util.UUID;
import org.millwright.platform.tenancy.TenantDataContributor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A tenant's chat model in its export (never the key) and its removal with the tenant. */
@Component
class InferenceConfigContributor implements TenantDataContributor {

    private final JdbcTemplate jdbc;

    InferenceConfigContributor(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "inference-config";
    }

    @Override
    public int deletionOrder() {
        return 100;
    }

    @Override
    public void export(UUID tenantId, ExportSink sink) {
        sink.json(
                "chat-model.json",
                jdbc.queryForList(
                        "select provider, base_url, model, api_key is not null as api_key_set, temperature,"
                                + " max_tokens, timeout_ms, updated_by, updated_at from inference_model_configs"
                                + " where tenant_id = ?",
                        tenantId));
    }

    @Override
    public void deleteAll(UUID tenantId) {
        jdbc.update("delete from inference_model_configs where tenant_id = ?", tenantId);
    }
}
