-- Assistant: conversations, their answered turns, and each tenant's assistant profile.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15+.

-- A conversation belongs to the user (or API key) that started it. summary is the running
-- summary of the turns older than the memory window; summarized_turns counts the turns folded
-- into it. A conversation idle longer than the idle expiry is closed.
create table assistant_conversations (
    id uuid primary key,
    tenant_id uuid not null references tenants (id),
    owner_id uuid not null,
    site_id uuid,
    asset_id uuid,
    assistant_type varchar(30) not null,
    title varchar(200) not null,
    summary varchar(8000),
    summarized_turns integer not null,
    turn_count integer not null,
    last_active_at timestamp with time zone not null,
    closed boolean not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version bigint not null
);
-- A user's own list (newest first), everyone's list, and the retention sweep.
create index ix_assistant_conversations_owner on assistant_conversations (tenant_id, owner_id, last_active_at);
create index ix_assistant_conversations_active on assistant_conversations (tenant_id, last_active_at);
create index ix_assistant_conversations_created on assistant_conversations (tenant_id, created_at);

-- One question and its answer. citations is the JSON array shown to the client; cited_chunks the
-- chunk ids cited, comma-separated. mode is extractive or generated; model is null when extractive.
create table assistant_turns (
    id uuid primary key,
    tenant_id uuid not null references tenants (id),
    conversation_id uuid not null references assistant_conversations (id) on delete cascade,
    position integer not null,
    question varchar(20000) not null,
    answer varchar(100000) not null,
    language varchar(5) not null,
    mode varchar(12) not null,
    not_covered boolean not null,
    citations varchar(100000) not null,
    cited_chunks varchar(4000),
    model varchar(200),
    retrieval_millis bigint not null,
    answer_millis bigint not null,
    first_token_millis bigint,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version bigint not null
);
create unique index ux_assistant_turns_position on assistant_turns (conversation_id, position);
create index ix_assistant_turns_tenant on assistant_turns (tenant_id, conversation_id, position);

-- The tenant's persona: how its assistant presents itself, added after Millwright's fixed rules.
create table assistant_profiles (
    id uuid primary key,
    tenant_id uuid not null references tenants (id),
    persona varchar(4000) not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version bigint not null
);
create unique index ux_assistant_profiles_tenant on assistant_profiles (tenant_id);
