-- Maintenance: work-order estimates (the backlog's hours) and the indexes behind the KPIs and the
-- work-order lists at a million work orders. Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15+.
-- PostgreSQL also gets trigram indexes for the text search (db/migration/postgresql/V12_1).

-- Minutes the work is expected to take; null: not estimated (the backlog counts those apart).
alter table work_orders add column estimated_minutes integer;
alter table work_orders add constraint ck_work_orders_estimate check (estimated_minutes is null or estimated_minutes > 0);

-- A site's list by status, newest first, read in index order (the site and status index it replaces
-- made PostgreSQL sort every completed work order of a site to show the first page).
drop index ix_work_orders_site_status;
create index ix_work_orders_site_status_created on work_orders (tenant_id, site_id, status, created_at);

-- A site's work orders by due date: its overdue list (open and due before today, oldest first,
-- the status read from the index) and its preventive compliance (due in a period).
create index ix_work_orders_site_due on work_orders (tenant_id, site_id, due_date, status);

-- The tenant's overdue list walks due dates in order and reads the status from the index.
drop index ix_work_orders_due;
create index ix_work_orders_due_status on work_orders (tenant_id, due_date, status);
