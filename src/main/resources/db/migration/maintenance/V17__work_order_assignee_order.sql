-- Maintenance: a technician's work orders listed newest first from the assignees' table alone.
-- Each assignment carries its work order's creation time (which never changes); the index on
-- (user, creation time, work order) gives the page in order and stops after it, where the join
-- used to visit and sort every work order the technician ever had.
alter table work_order_assignees add column work_order_created_at timestamp with time zone;

update work_order_assignees
set work_order_created_at = (select w.created_at from work_orders w where w.id = work_order_assignees.work_order_id);

alter table work_order_assignees alter column work_order_created_at set not null;

create index ix_work_order_assignees_user_created
    on work_order_assignees (user_id, work_order_created_at, work_order_id);

drop index ix_work_order_assignees_user;
