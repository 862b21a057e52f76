-- Assistant: feedback on answers (one per user and answer) and the verified fixes technicians confirm.

create table assistant_verified_fixes (
    id uuid primary key,
    tenant_id uuid not null references tenants (id),
    conversation_id uuid not null,
    turn_id uuid not null,
    -- the machine the fix concerns, its type code and site as they were when it was confirmed
    asset_id uuid not null references assets (id) on delete cascade,
    asset_type varchar(40) not null,
    site_id uuid references sites (id),
    question varchar(20000) not null,
    answer varchar(40000) not null,
    language varchar(10),
    -- the knowledge chunks the answer cited, comma-separated UUIDs (what the boost raises)
    cited_chunk_ids varchar(4000) not null,
    confirmed_by uuid not null,
    confirmed_by_label varchar(200),
    confirmed_at timestamp with time zone not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version bigint not null,
    constraint uk_assistant_fixes_turn_asset unique (tenant_id, turn_id, asset_id)
);
create index ix_assistant_fixes_asset on assistant_verified_fixes (tenant_id, asset_id, confirmed_at desc);
create index ix_assistant_fixes_type on assistant_verified_fixes (tenant_id, asset_type, confirmed_at desc);

create table assistant_feedback (
    id uuid primary key,
    tenant_id uuid not null references tenants (id),
    conversation_id uuid not null,
    turn_id uuid not null,
    user_id uuid not null,
    user_label varchar(200),
    helpful boolean not null,
    comment varchar(2000),
    -- what the user asked for, and whether it counts towards a verified fix (a technician or above
    -- confirmed it and no supervisor withdrew the fix)
    confirmed_fix boolean not null,
    confirms boolean not null,
    asset_id uuid references assets (id) on delete set null,
    site_id uuid references sites (id),
    question varchar(20000) not null,
    answer varchar(40000) not null,
    language varchar(10),
    given_at timestamp with time zone not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version bigint not null,
    constraint uk_assistant_feedback_user_turn unique (tenant_id, turn_id, user_id)
);
create index ix_assistant_feedback_helpful on assistant_feedback (tenant_id, helpful, given_at desc);
create index ix_assistant_feedback_asset on assistant_feedback (tenant_id, asset_id, given_at desc);
create index ix_assistant_feedback_fix on assistant_feedback (tenant_id, turn_id, asset_id);
