-- Maintenance: spare parts (catalogue, what they fit, stock per site, movements ledger).

create table spare_parts (
    id uuid primary key,
    tenant_id uuid not null references tenants (id),
    part_number varchar(60) not null,
    description varchar(500) not null,
    manufacturer varchar(120),
    manufacturer_part_number varchar(60),
    unit varchar(10) not null,
    unit_cost numeric(14, 4),
    currency varchar(3),
    active boolean not null,
    -- part numbers, manufacturer and description, lower-case without accents: what the search matches
    search_text varchar(1000) not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version bigint not null,
    constraint uk_spare_parts_tenant_number unique (tenant_id, part_number),
    constraint ck_spare_parts_cost check (unit_cost is null or (unit_cost >= 0 and currency is not null))
);

create table spare_part_asset_types (
    part_id uuid not null references spare_parts (id) on delete cascade,
    asset_type varchar(40) not null,
    primary key (part_id, asset_type)
);
create index ix_spare_part_asset_types_type on spare_part_asset_types (asset_type, part_id);

create table spare_part_assets (
    part_id uuid not null references spare_parts (id) on delete cascade,
    asset_id uuid not null references assets (id) on delete cascade,
    primary key (part_id, asset_id)
);
create index ix_spare_part_assets_asset on spare_part_assets (asset_id, part_id);

create table spare_part_stock (
    id uuid primary key,
    tenant_id uuid not null references tenants (id),
    part_id uuid not null references spare_parts (id),
    site_id uuid not null references sites (id),
    on_hand numeric(14, 3) not null,
    min_stock numeric(14, 3) not null,
    bin_location varchar(60),
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version bigint not null,
    constraint uk_spare_part_stock_part_site unique (part_id, site_id),
    constraint ck_spare_part_stock_on_hand check (on_hand >= 0),
    constraint ck_spare_part_stock_min check (min_stock >= 0)
);
create index ix_spare_part_stock_tenant_site on spare_part_stock (tenant_id, site_id);

create table spare_part_movements (
    id uuid primary key,
    tenant_id uuid not null references tenants (id),
    part_id uuid not null references spare_parts (id),
    site_id uuid not null references sites (id),
    kind varchar(12) not null,
    -- signed: what the movement added to (positive) or took from (negative) the site's on-hand
    quantity numeric(14, 3) not null,
    on_hand_after numeric(14, 3) not null,
    reason varchar(500),
    work_order_id uuid,
    actor_id uuid,
    actor_label varchar(200),
    occurred_at timestamp with time zone not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version bigint not null
);
create index ix_spare_part_movements_part on spare_part_movements (tenant_id, part_id, occurred_at);
create index ix_spare_part_movements_work_order on spare_part_movements (tenant_id, work_order_id);
