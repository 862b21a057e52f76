-- Knowledge index rebuild: the start-up check asks which tenants hold passages (and of which
-- embedding model); the rebuild pages through a tenant's indexed documents by id.
create index ix_knowledge_chunks_tenant_model on knowledge_chunks (tenant_id, embedding_model);
create index ix_knowledge_documents_status on knowledge_documents (tenant_id, status, id);
