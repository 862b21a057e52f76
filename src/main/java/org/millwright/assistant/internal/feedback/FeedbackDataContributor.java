package org.millwright.assistant.internal.feedback;

import java.util.UUID;
import org.millwright.platform.tenancy.TenantDataContributor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Feedback and verified fixes in a tenant's export ({@code assistant/}) and deletion (before machines). */
@Component
class FeedbackDataContributor implements TenantDataContributor {

    private final JdbcTemplate jdbc;

    FeedbackDataContributor(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "assistant";
    }

    @Override
    public int deletionOrder() {
        return 300;
    }

    @Override
    public void export(UUID tenantId, ExportSink sink) {
        sink.json(
                "feedback.json",
                jdbc.queryForList(
                        "select id, conversation_id, turn_id, user_id, user_label, helpful, comment, confirmed_fix,"
                                + " confirms, asset_id, site_id, question, answer, language, given_at"
                                + " from assistant_feedback where tenant_id = ? order by given_at, id",
                        tenantId));
        sink.json(
                "verified-fixes.json",
                jdbc.queryForList(
                        "select id, conversation_id, turn_id, asset_id, asset_type, site_id, question, answer,"
                                + " language, cited_chunk_ids, confirmed_by, confirmed_by_label, confirmed_at"
                                + " from assistant_verified_fixes where tenant_id = ? order by confirmed_at, id",
                        tenantId));
    }

    @Override
    public void deleteAll(UUID tenantId) {
        jdbc.update("delete from assistant_feedback where tenant_id = ?", tenantId);
        jdbc.update("delete from assistant_verified_fixes where tenant_id = ?", tenantId);
    }
}
