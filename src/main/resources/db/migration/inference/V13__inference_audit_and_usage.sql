-- Inference: the audit row of every chat and transcription, the daily usage totals, and the
-- tenants' own monthly token quotas. Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15+.

-- One row per inference, successful or not. Prompt and response are cut to the configured bounds
-- (millwright.inference.audit.max-*-chars, at most 200000). Rows older than the retention go.
create table inference_audit (
    id uuid primary key,
    tenant_id uuid not null references tenants (id),
    user_id uuid,
    conversation_id uuid,
    kind varchar(20) not null,
    endpoint varchar(80) not null,
    provider varchar(40),
    model varchar(200),
    prompt varchar(200000),
    response varchar(200000),
    sources varchar(4000),
    tokens_in integer not null,
    tokens_out integer not null,
    tokens_estimated boolean not null,
    latency_ms bigint not null,
    first_token_ms bigint,
    status varchar(30) not null,
    error varchar(2000),
    created_at timestamp with time zone not null
);
-- Lists are newest first, filtered by time and optionally by one of these columns; the retention
-- deletes by time.
create index ix_inference_audit_time on inference_audit (tenant_id, created_at);
create index ix_inference_audit_user on inference_audit (tenant_id, user_id, created_at);
create index ix_inference_audit_conversation on inference_audit (tenant_id, conversation_id, created_at);
create index ix_inference_audit_model on inference_audit (tenant_id, model, created_at);
create index ix_inference_audit_endpoint on inference_audit (tenant_id, endpoint, created_at);
create index ix_inference_audit_status on inference_audit (tenant_id, status, created_at);

-- Requests, errors and tokens per tenant, UTC day, user and model, added to by every inference.
-- The nil UUID stands for inferences without a user, the empty string for an unknown model (key
-- columns cannot be null). Kept when audit rows expire: quotas and usage read these.
create table inference_usage_daily (
    tenant_id uuid not null references tenants (id),
    usage_day date not null,
    user_id uuid not null,
    model varchar(200) not null,
    requests bigint not null,
    errors bigint not null,
    tokens_in bigint not null,
    tokens_out bigint not null,
    primary key (tenant_id, usage_day, user_id, model)
);

-- A tenant's own monthly token quota, replacing the global default; 0: unlimited.
create table inference_tenant_quotas (
    tenant_id uuid primary key references tenants (id),
    monthly_tokens bigint not null,
    updated_by uuid,
    updated_at timestamp with time zone not null
);
