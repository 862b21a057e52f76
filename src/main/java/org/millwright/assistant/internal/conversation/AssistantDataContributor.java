package org.millwright.assistant.internal.conversation;

import java.util.UUID;
import org.millwright.platform.tenancy.TenantDataContributor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Conversations, turns and the assistant profile in a tenant's export (folder {@code
 * assistant/}) and deletion, which runs before the modules the assistant depends on.
 */
@Component
class AssistantDataContributor implements TenantDataContributor {

    private final JdbcTemplate jdbc;

    AssistantDataContributor(JdbcTemplate jdbc) {
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
                "conversations.json",
                jdbc.queryForList(
                        "select id, owner_id, site_id, asset_id, assistant_type, title, summary, summarized_turns,"
                                + " turn_count, last_active_at, closed, created_at, updated_at"
                                + " from assistant_conversations where tenant_id = ? order by created_at, id",
                        tenantId));
        sink.json(
                "turns.json",
                jdbc.queryForList(
                        "select id, conversation_id, position, question, answer, language, mode, not_covered,"
                                + " citations, cited_chunks, model, retrieval_millis, answer_millis,"
                                + " first_token_millis, created_at from assistant_turns where tenant_id = ?"
                                + " order by conversation_id, position",
                        tenantId));
        sink.json(
                "profile.json",
                jdbc.queryForList("select persona, updated_at from assistant_profiles where tenant_id = ?", tenantId));
    }

    @Override
    public void deleteAll(UUID tenantId) {
        jdbc.update("delete from assistant_turns where tenant_id = ?", tenantId);
        jdbc.update("delete from assistant_conversations where tenant_id = ?", tenantId);
        jdbc.update("delete from assistant_profiles where tenant_id = ?", tenantId);
    }
}
