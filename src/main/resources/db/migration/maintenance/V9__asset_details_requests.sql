-- Maintenance: tenant asset types, asset location and photos, meters and their readings, public
-- request tokens (QR codes) and the queue of maintenance requests.

-- Asset types are stored by code: built-in codes are the lower-case wire values (pump, motor...).
update assets set asset_type = lower(asset_type);

alter table assets add column location varchar(300);
alter table assets add column latitude double precision;
alter table assets add column longitude double precision;
alter table assets add column public_token varchar(64);
alter table assets add constraint uk_assets_public_token unique (public_token);
create index ix_assets_tenant_type on assets (tenant_id, asset_type);

create table asset_types (
    id uuid primary key,
    tenant_id uuid not null references tenants (id),
    code varchar(40) not null,
    name_en varchar(100) not null,
    name_es varchar(100) not null,
    active boolean not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version bigint not null,
    constraint uk_asset_types_tenant_code unique (tenant_id, code)
);

create table asset_photos (
    id uuid primary key,
    tenant_id uuid not null references tenants (id),
    asset_id uuid not null references assets (id) on delete cascade,
    file_name varchar(300) not null,
    media_type varchar(50) not null,
    size_bytes bigint not null,
    content_hash varchar(64) not null,
    stored_path varchar(200) not null,
    caption varchar(300),
    uploaded_by uuid,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version bigint not null
);
create index ix_asset_photos_asset on asset_photos (tenant_id, asset_id, created_at);

create table asset_meters (
    id uuid primary key,
    tenant_id uuid not null references tenants (id),
    asset_id uuid not null references assets (id) on delete cascade,
    name varchar(100) not null,
    kind varchar(10) not null,
    unit varchar(20) not null,
    current_value double precision,
    current_read_at timestamp with time zone,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version bigint not null,
    constraint uk_asset_meters_name unique (asset_id, name)
);
create index ix_asset_meters_asset on asset_meters (tenant_id, asset_id);

create table meter_readings (
    id uuid primary key,
    tenant_id uuid not null references tenants (id),
    meter_id uuid not null references asset_meters (id) on delete cascade,
    reading_value double precision not null,
    read_at timestamp with time zone not null,
    source varchar(10) not null,
    is_reset boolean not null,
    recorded_by uuid,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version bigint not null
);
create index ix_meter_readings_meter on meter_readings (tenant_id, meter_id, read_at);

create table maintenance_requests (
    id uuid primary key,
    tenant_id uuid not null references tenants (id),
    site_id uuid not null references sites (id),
    asset_id uuid not null references assets (id),
    reference varchar(20) not null,
    description varchar(20000) not null,
    reporter_name varchar(100),
    contact varchar(200),
    language varchar(5),
    photo_path varchar(200),
    photo_media_type varchar(50),
    photo_hash varchar(64),
    client_hash varchar(64) not null,
    status varchar(10) not null,
    decided_by uuid,
    decided_at timestamp with time zone,
    reason varchar(1000),
    work_order_id uuid,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version bigint not null,
    constraint uk_maintenance_requests_reference unique (tenant_id, reference)
);
create index ix_maintenance_requests_queue on maintenance_requests (tenant_id, status, created_at);
create index ix_maintenance_requests_asset on maintenance_requests (tenant_id, asset_id, status);
create index ix_maintenance_requests_site on maintenance_requests (tenant_id, site_id, status);
