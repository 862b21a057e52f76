-- Platform: tenants, sites, users, API keys, password resets, audit log, secrets, jobs.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15+.

create table tenants (
    id uuid primary key,
    name varchar(200) not null,
    slug varchar(80) not null unique,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version bigint not null
);

create table sites (
    id uuid primary key,
    tenant_id uuid not null references tenants (id),
    code varchar(40) not null,
    name varchar(200) not null,
    time_zone varchar(64) not null,
    address varchar(300),
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version bigint not null,
    constraint uk_sites_tenant_code unique (tenant_id, code)
);

create table users (
    id uuid primary key,
    tenant_id uuid references tenants (id),
    email varchar(254) not null,
    display_name varchar(200) not null,
    password_hash varchar(255),
    role varchar(20),
    platform_admin boolean not null,
    locale varchar(10),
    failed_logins integer not null,
    locked_until timestamp with time zone,
    deleted_at timestamp with time zone,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version bigint not null,
    constraint uk_users_email unique (email)
);
create index ix_users_tenant on users (tenant_id);

create table user_sites (
    user_id uuid not null references users (id) on delete cascade,
    site_id uuid not null references sites (id) on delete cascade,
    primary key (user_id, site_id)
);

create table api_keys (
    id uuid primary key,
    tenant_id uuid not null references tenants (id),
    name varchar(100) not null,
    key_prefix varchar(24) not null,
    secret_hash varchar(64) not null,
    role varchar(20) not null,
    platform_admin boolean not null,
    created_by uuid,
    expires_at timestamp with time zone,
    revoked_at timestamp with time zone,
    last_used_at timestamp with time zone,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version bigint not null,
    constraint uk_api_keys_hash unique (secret_hash)
);
create index ix_api_keys_tenant on api_keys (tenant_id);

create table password_reset_tokens (
    id uuid primary key,
    tenant_id uuid not null references tenants (id),
    user_id uuid not null references users (id) on delete cascade,
    token_hash varchar(64) not null,
    expires_at timestamp with time zone not null,
    used_at timestamp with time zone,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version bigint not null,
    constraint uk_reset_token unique (token_hash)
);

create table audit_log (
    id uuid primary key,
    tenant_id uuid,
    actor_id uuid,
    actor_label varchar(254),
    action varchar(80) not null,
    target_type varchar(60),
    target_id varchar(80),
    before_json varchar(20000),
    after_json varchar(20000),
    request_id varchar(64),
    occurred_at timestamp with time zone not null
);
create index ix_audit_tenant_time on audit_log (tenant_id, occurred_at);

create table tenant_secrets (
    id uuid primary key,
    tenant_id uuid not null references tenants (id),
    name varchar(100) not null,
    ciphertext varchar(8000) not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version bigint not null,
    constraint uk_secret_name unique (tenant_id, name)
);

create table job_records (
    id uuid primary key,
    tenant_id uuid not null references tenants (id),
    job_type varchar(60) not null,
    state varchar(20) not null,
    progress integer not null,
    message varchar(500),
    params_json varchar(8000),
    result_json varchar(8000),
    error varchar(1000),
    created_by uuid,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version bigint not null
);
create index ix_jobs_tenant on job_records (tenant_id, created_at);
