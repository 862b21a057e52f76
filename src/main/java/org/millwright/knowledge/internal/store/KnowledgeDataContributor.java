package org.millwright.knowledge.internal.store;

import java.util.UUID;
import org.millwright.knowledge.internal.index.KnowledgeIndex;
import org.millwright.platform.tenancy.TenantDataContributor;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The knowledge module's part of a tenant's export (documents and passages) and deletion (rows and index). */
@Component
class KnowledgeDataContributor implements TenantDataContributor {

    private final JdbcTemplate jdbc;
    private final KnowledgeIndex index;

    KnowledgeDataContributor(JdbcTemplate jdbc, @Lazy KnowledgeIndex index) {
        this.jdbc = jdbc;
        this.index = index;
    }

    @Override
    public String name() {
        return "knowledge";
    }

    @Override
    public int deletionOrder() {
        return 50;
    }

    @Override
    public void export(UUID tenantId, ExportSink sink) {
        sink.json(
                "documents.json",
                jdbc.queryForList(
                        "select id, kind, title, file_name, media_type, size_bytes, content_hash, language, site_id, asset_type,"
                                + " tags, status, status_reason, pages, width, height, chunk_count, embedding_model, author_id, created_at"
                                + " from knowledge_documents where tenant_id = ? order by created_at",
                        tenantId));
        sink.json(
                "chunks.json",
                jdbc.queryForList(
                        "select id, document_id, ordinal, text, section_path, page, line_start, line_end, language"
                                + " from knowledge_chunks where tenant_id = ? order by document_id, ordinal",
                        tenantId));
    }

    @Override
    public void deleteAll(UUID tenantId) {
        jdbc.update("delete from knowledge_chunks where tenant_id = ?", tenantId);
        jdbc.update(
                "delete from knowledge_document_assets where document_id in"
                        + " (select id from knowledge_documents where tenant_id = ?)",
                tenantId);
        jdbc.update("delete from knowledge_documents where tenant_id = ?", tenantId);
        index.deleteTenant(tenantId);
    }
}
