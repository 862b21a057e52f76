-- PostgreSQL only (Flyway location db/migration/{vendor}): trigram indexes for the work-order text
-- search (number, title or description containing the words, any case), which otherwise reads
-- every work order of the tenant. Version 12.1 belongs to migration V12 (maintenance), whose
-- H2 twin needs nothing: H2 keeps scanning.
-- pg_trgm ships with PostgreSQL's contrib package and is a trusted extension (PostgreSQL 13+): the
-- database owner may create it. Where it is missing the search still works, by scanning.
do $$
begin
    if exists (select 1 from pg_available_extensions where name = 'pg_trgm') then
        create extension if not exists pg_trgm;
        create index ix_work_orders_number_trgm on work_orders using gin (lower(wo_number) gin_trgm_ops);
        create index ix_work_orders_title_trgm on work_orders using gin (lower(title) gin_trgm_ops);
        create index ix_work_orders_description_trgm on work_orders using gin (lower(description) gin_trgm_ops);
    else
        raise notice 'pg_trgm is not available: work-order text search will scan';
    end if;
end
$$;
