-- Knowledge: documents and notes, their chunks with citation data and embedding vectors.
-- The Lucene index is derived from these tables and can be rebuilt from them.

create table knowledge_documents (
    id uuid primary key,
    tenant_id uuid not null references tenants (id),
    kind varchar(20) not null,
    title varchar(300) not null,
    file_name varchar(300) not null,
    media_type varchar(150),
    size_bytes bigint not null,
    content_hash varchar(64) not null,
    language varchar(5),
    site_id uuid references sites (id),
    asset_type varchar(40),
    tags varchar(1000),
    status varchar(20) not null,
    status_reason varchar(1000),
    pages integer,
    chunk_count integer not null,
    embedding_model varchar(150),
    author_id uuid,
    job_id uuid,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version bigint not null,
    constraint uk_knowledge_documents_hash unique (tenant_id, content_hash)
);
create index ix_knowledge_documents_tenant on knowledge_documents (tenant_id, created_at);

create table knowledge_document_assets (
    document_id uuid not null references knowledge_documents (id) on delete cascade,
    asset_id uuid not null,
    primary key (document_id, asset_id)
);

create table knowledge_chunks (
    id uuid primary key,
    tenant_id uuid not null references tenants (id),
    document_id uuid not null references knowledge_documents (id) on delete cascade,
    ordinal integer not null,
    text varchar(8000) not null,
    section_path varchar(1000),
    page integer,
    line_start integer,
    line_end integer,
    char_start integer not null,
    char_end integer not null,
    language varchar(5),
    embedding varchar(16000),
    embedding_model varchar(150),
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version bigint not null
);
create index ix_knowledge_chunks_document on knowledge_chunks (document_id, ordinal);
