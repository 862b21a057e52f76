-- Maintenance: failure codes and the maintenance history.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15+.

-- A tenant's own failure codes, and its changes to the default catalogue
-- (resource maintenance/failure-codes.tsv): a row with standard = true only (de)activates a
-- default code, whose names come from the catalogue.
create table failure_codes (
    id uuid primary key,
    tenant_id uuid not null references tenants (id),
    kind varchar(10) not null,
    code varchar(20) not null,
    name_en varchar(120),
    name_es varchar(120),
    standard boolean not null,
    active boolean not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version bigint not null,
    constraint uk_failure_codes_tenant_kind_code unique (tenant_id, kind, code)
);

-- What was done to a machine: imported from a plant's old system, entered by hand, or written
-- when a work order is completed. KPIs (MTBF, MTTR, availability, failures by mode, cost per
-- asset, site and period) are computed from this table. site_id is the asset's site, copied for
-- per-site queries (an asset never changes site; its foreign key keeps both valid).
create table maintenance_records (
    id uuid primary key,
    tenant_id uuid not null references tenants (id),
    site_id uuid not null,
    asset_id uuid not null references assets (id),
    work_order_id uuid,
    source varchar(20) not null,
    work_type varchar(20) not null,
    started_at timestamp with time zone,
    finished_at timestamp with time zone not null,
    description varchar(4000),
    failure_mode varchar(20),
    failure_cause varchar(20),
    remedy varchar(20),
    downtime_minutes integer,
    labour_hours numeric(10, 2),
    parts_cost numeric(14, 2),
    labour_cost numeric(14, 2),
    external_ref varchar(100),
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version bigint not null,
    -- reference first: imports look references up with IN lists, which H2 matches on an index's first column only
    constraint uk_maintenance_records_external_ref unique (external_ref, tenant_id),
    constraint uk_maintenance_records_work_order unique (tenant_id, work_order_id),
    constraint ck_maintenance_records_times check (started_at is null or started_at <= finished_at),
    constraint ck_maintenance_records_amounts check (
        (downtime_minutes is null or downtime_minutes >= 0)
        and (labour_hours is null or labour_hours >= 0)
        and (parts_cost is null or parts_cost >= 0)
        and (labour_cost is null or labour_cost >= 0))
);
-- Asset ids are unique across tenants, so the asset index needs no tenant column; it also serves
-- the asset foreign key (H2 would otherwise add an index of its own on every insert).
create index ix_maintenance_records_asset on maintenance_records (asset_id, finished_at);
create index ix_maintenance_records_site on maintenance_records (tenant_id, site_id, finished_at);
create index ix_maintenance_records_finished on maintenance_records (tenant_id, finished_at);
