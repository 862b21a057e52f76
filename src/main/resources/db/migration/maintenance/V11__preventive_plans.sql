-- Maintenance: preventive plans (by calendar or by meter) and the due points they have generated.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15+.

create table preventive_plans (
    id uuid primary key,
    tenant_id uuid not null references tenants (id),
    site_id uuid not null references sites (id),
    asset_id uuid not null references assets (id) on delete cascade,
    name varchar(200) not null,
    description varchar(4000),
    wo_type varchar(20) not null,
    priority varchar(10) not null,
    estimated_minutes integer,
    active boolean not null,
    trigger_kind varchar(10) not null,
    -- Calendar plans: every N days, weeks or months from start_date (the first due date).
    -- Meter plans: every N units of meter_id counted from start_value; lead_value units early.
    trigger_every numeric(15, 3) not null,
    calendar_unit varchar(10),
    calendar_mode varchar(10),
    start_date date,
    meter_id uuid references asset_meters (id) on delete cascade,
    start_value numeric(15, 3),
    lead_value numeric(15, 3),
    created_by uuid,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version bigint not null
);
-- Lists filter by asset, by plant and by the active flag; the scheduled run reads the active ones.
create index ix_preventive_plans_asset on preventive_plans (tenant_id, asset_id, name);
create index ix_preventive_plans_site on preventive_plans (tenant_id, site_id, active, name);
create index ix_preventive_plans_active on preventive_plans (tenant_id, active, name);
create index ix_preventive_plans_meter on preventive_plans (meter_id);

-- The checklist every generated work order starts with, in order.
create table preventive_plan_tasks (
    plan_id uuid not null references preventive_plans (id) on delete cascade,
    position integer not null,
    task varchar(500) not null,
    primary key (plan_id, position)
);

create table preventive_plan_assignees (
    plan_id uuid not null references preventive_plans (id) on delete cascade,
    user_id uuid not null references users (id),
    primary key (plan_id, user_id)
);
create index ix_preventive_plan_assignees_user on preventive_plan_assignees (user_id);

-- One row per due point a plan has generated a work order for, written in the transaction that
-- creates the work order. The unique key is what makes a due point generate at most once, even
-- when two runs meet. due_point is the point's identity: the date (2026-03-31) of a calendar
-- plan, meter:<value> (meter:1500) of a meter plan. missed_points counts the earlier due points
-- this (catch-up) work order stands for.
create table preventive_plan_points (
    id uuid primary key,
    tenant_id uuid not null references tenants (id),
    plan_id uuid not null references preventive_plans (id) on delete cascade,
    due_point varchar(40) not null,
    due_date date,
    due_value numeric(15, 3),
    missed_points integer not null,
    work_order_id uuid not null references work_orders (id),
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version bigint not null,
    constraint uk_preventive_plan_points unique (plan_id, due_point)
);
create index ix_preventive_plan_points_plan on preventive_plan_points (tenant_id, plan_id, due_date);
create index ix_preventive_plan_points_work_order on preventive_plan_points (work_order_id);
