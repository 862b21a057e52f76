-- Maintenance: work orders (numbering, state machine, assignees, checklist, labour, parts,
-- comments, attachments, history). Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15+.

-- One row per tenant and year; its row lock serialises the numbering of that tenant's year.
create table work_order_counters (
    tenant_id uuid not null references tenants (id),
    number_year integer not null,
    last_number integer not null,
    primary key (tenant_id, number_year)
);

create table work_orders (
    id uuid primary key,
    tenant_id uuid not null references tenants (id),
    site_id uuid not null references sites (id),
    asset_id uuid not null references assets (id),
    wo_number varchar(20) not null,
    wo_type varchar(20) not null,
    priority varchar(10) not null,
    priority_rank smallint not null,
    status varchar(20) not null,
    title varchar(200) not null,
    description varchar(4000),
    source varchar(20) not null,
    source_ref varchar(100),
    reason varchar(1000),
    due_date date,
    created_by uuid,
    status_changed_at timestamp with time zone not null,
    started_at timestamp with time zone,
    completed_at timestamp with time zone,
    completed_by uuid,
    failure_mode varchar(20),
    failure_cause varchar(20),
    remedy varchar(20),
    downtime_minutes integer,
    completion_notes varchar(4000),
    hold_reason varchar(1000),
    cancel_reason varchar(1000),
    closed_at timestamp with time zone,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version bigint not null,
    constraint uk_work_orders_tenant_number unique (tenant_id, wo_number)
);
-- Lists by status (and the open queue) sorted by creation or due date; overdue = open and due before today.
create index ix_work_orders_status_created on work_orders (tenant_id, status, created_at);
create index ix_work_orders_status_due on work_orders (tenant_id, status, due_date);
create index ix_work_orders_site_status on work_orders (tenant_id, site_id, status);
create index ix_work_orders_asset_status on work_orders (tenant_id, asset_id, status);
create index ix_work_orders_created on work_orders (tenant_id, created_at);
create index ix_work_orders_due on work_orders (tenant_id, due_date);

create table work_order_assignees (
    work_order_id uuid not null references work_orders (id),
    user_id uuid not null references users (id),
    primary key (work_order_id, user_id)
);
create index ix_work_order_assignees_user on work_order_assignees (user_id, work_order_id);

create table work_order_checklist_items (
    id uuid primary key,
    tenant_id uuid not null references tenants (id),
    work_order_id uuid not null references work_orders (id),
    position integer not null,
    task varchar(500) not null,
    done boolean not null,
    done_by uuid,
    done_at timestamp with time zone,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version bigint not null
);
create index ix_work_order_checklist_wo on work_order_checklist_items (work_order_id, position);

create table work_order_labour (
    id uuid primary key,
    tenant_id uuid not null references tenants (id),
    work_order_id uuid not null references work_orders (id),
    user_id uuid not null,
    minutes integer not null,
    work_date date not null,
    note varchar(500),
    recorded_by uuid,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version bigint not null
);
create index ix_work_order_labour_wo on work_order_labour (work_order_id, work_date);

create table work_order_parts (
    id uuid primary key,
    tenant_id uuid not null references tenants (id),
    work_order_id uuid not null references work_orders (id),
    part_id uuid,
    part_number varchar(60) not null,
    description varchar(200),
    quantity numeric(12, 3) not null,
    unit_cost numeric(14, 2),
    recorded_by uuid,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version bigint not null
);
create index ix_work_order_parts_wo on work_order_parts (work_order_id);

create table work_order_comments (
    id uuid primary key,
    tenant_id uuid not null references tenants (id),
    work_order_id uuid not null references work_orders (id),
    author_id uuid,
    author_label varchar(200) not null,
    body varchar(4000) not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version bigint not null
);
create index ix_work_order_comments_wo on work_order_comments (work_order_id, created_at);

create table work_order_attachments (
    id uuid primary key,
    tenant_id uuid not null references tenants (id),
    work_order_id uuid not null references work_orders (id),
    file_name varchar(300) not null,
    media_type varchar(200) not null,
    size_bytes bigint not null,
    uploaded_by uuid,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version bigint not null
);
create index ix_work_order_attachments_wo on work_order_attachments (work_order_id);

-- Append-only: who changed what and when; the identity orders entries made in the same instant.
create table work_order_history (
    id bigint generated by default as identity primary key,
    tenant_id uuid not null references tenants (id),
    work_order_id uuid not null references work_orders (id),
    occurred_at timestamp with time zone not null,
    actor_id uuid,
    actor_label varchar(200) not null,
    action varchar(40) not null,
    from_status varchar(20),
    to_status varchar(20),
    changes varchar(8000),
    note varchar(2000)
);
create index ix_work_order_history_wo on work_order_history (work_order_id, id);
