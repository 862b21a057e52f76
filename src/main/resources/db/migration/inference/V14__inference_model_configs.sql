-- Inference: a tenant's own chat model, overriding the global one. The API key is encrypted with
-- the master key (SecretCipher); absent values fall back to the global settings.
create table inference_model_configs (
    id uuid primary key,
    tenant_id uuid not null references tenants (id),
    provider varchar(20) not null,
    base_url varchar(500) not null,
    model varchar(200) not null,
    api_key varchar(2000),
    temperature double precision,
    max_tokens integer,
    timeout_ms bigint,
    updated_by uuid,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version bigint not null,
    constraint uk_inference_model_configs_tenant unique (tenant_id)
);
