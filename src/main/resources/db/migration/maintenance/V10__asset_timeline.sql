-- Maintenance: each machine's timeline, written by every module through the TimelineFacade.

create table asset_timeline (
    id uuid primary key,
    tenant_id uuid not null references tenants (id),
    asset_id uuid not null references assets (id) on delete cascade,
    site_id uuid not null references sites (id),
    kind varchar(20) not null,
    action varchar(40) not null,
    summary varchar(500),
    ref_type varchar(40),
    ref_id varchar(64),
    actor_id uuid,
    occurred_at timestamp with time zone not null,
    dedup_key varchar(200),
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version bigint not null,
    constraint uk_asset_timeline_dedup unique (tenant_id, dedup_key)
);
create index ix_asset_timeline_asset on asset_timeline (tenant_id, asset_id, occurred_at desc);
