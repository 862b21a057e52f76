-- Knowledge images: a photo or drawing with a caption, stored as a knowledge document of kind
-- 'image'. Its pixel size is recorded when the format can be read; the list of a tenant's images
-- is read by kind.

alter table knowledge_documents add column width integer;
alter table knowledge_documents add column height integer;
create index ix_knowledge_documents_kind on knowledge_documents (tenant_id, kind, created_at);
