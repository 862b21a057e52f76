-- Maintenance: the asset registry (site -> area -> asset -> component).

create table areas (
    id uuid primary key,
    tenant_id uuid not null references tenants (id),
    site_id uuid not null references sites (id),
    code varchar(40) not null,
    name varchar(200) not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version bigint not null,
    constraint uk_areas_site_code unique (site_id, code)
);
create index ix_areas_tenant on areas (tenant_id);

create table assets (
    id uuid primary key,
    tenant_id uuid not null references tenants (id),
    site_id uuid not null references sites (id),
    area_id uuid references areas (id),
    parent_id uuid references assets (id),
    code varchar(40) not null,
    name varchar(200) not null,
    asset_type varchar(40) not null,
    criticality varchar(10) not null,
    status varchar(20) not null,
    manufacturer varchar(120),
    model varchar(120),
    serial_number varchar(120),
    install_date date,
    description varchar(2000),
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version bigint not null,
    constraint uk_assets_tenant_code unique (tenant_id, code)
);
create index ix_assets_tenant_site on assets (tenant_id, site_id);
