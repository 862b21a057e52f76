-- Benchmark data for one tenant, written straight into the tables (PostgreSQL only).
-- Placeholders, replaced by WorkOrderQueryBenchmark: {{tenant}} {{slug}} {{now}} {{seed}} {{assets}}
-- {{workOrders}} {{technicians}} {{recordShare}}. The tenant's sites exist already.
-- Work orders are spread evenly over five years (~3 % still open, mostly the recent ones; some of
-- those overdue); descriptions mix English and Spanish maintenance words, and rare words that
-- a text search finds in a few hundred rows each.
select setseed({{seed}});
drop table if exists bench_sites;
drop table if exists bench_assets;
drop table if exists bench_techs;

create temp table bench_sites as
select id, (row_number() over (order by code) - 1)::int as n from sites where tenant_id = '{{tenant}}';

create temp table bench_assets as
select g as n, gen_random_uuid() as id, s.id as site_id,
       (array['pump', 'motor', 'compressor', 'fan', 'conveyor', 'gearbox', 'boiler', 'mixer'])[1 + g % 8] as asset_type
from generate_series(0, {{assets}} - 1) g
join bench_sites s on s.n = g % (select count(*) from bench_sites);
create unique index on bench_assets (n);

insert into assets (id, tenant_id, site_id, code, name, asset_type, criticality, status, created_at, updated_at, version)
select id, '{{tenant}}', site_id, 'BA-' || lpad(n::text, 5, '0'), initcap(asset_type) || ' ' || n, asset_type,
       (array['A', 'B', 'C'])[1 + (n * 7) % 3], case when n % 100 = 99 then 'RETIRED' else 'OPERATIONAL' end,
       timestamptz '{{now}}' - interval '6 years', timestamptz '{{now}}' - interval '6 years', 0
from bench_assets;

create temp table bench_techs as
select g as n, gen_random_uuid() as id from generate_series(0, {{technicians}} - 1) g;

insert into users (id, tenant_id, email, display_name, role, platform_admin, failed_logins, created_at, updated_at, version)
select id, '{{tenant}}', 'tech-' || n || '@{{slug}}.bench', 'Técnico ' || n, 'TECHNICIAN', false, 0,
       timestamptz '{{now}}', timestamptz '{{now}}', 0
from bench_techs;

insert into work_orders (id, tenant_id, site_id, asset_id, wo_number, wo_type, priority, priority_rank, status, title,
                         description, source, due_date, status_changed_at, started_at, completed_at, failure_mode,
                         downtime_minutes, cancel_reason, closed_at, estimated_minutes, created_at, updated_at, version)
select id, '{{tenant}}', site_id, asset_id, 'OT-' || extract(year from created_at) || '-' || lpad(g::text, 7, '0'),
       wo_type, priority, priority_rank, status, title, description, source, due_date,
       coalesce(case when status = 'CLOSED' then least(completed_at + interval '1 day', timestamptz '{{now}}') end, completed_at, case when status = 'CANCELLED' then created_at + interval '2 days' end, created_at),
       case when completed_at is not null then greatest(created_at, completed_at - interval '1 hour' * (1 + r_work * 6))
            when status in ('IN_PROGRESS', 'ON_HOLD') then created_at + interval '1 hour' end,
       completed_at,
       case when completed_at is not null and wo_type = 'CORRECTIVE'
            then (array['VIB', 'ELP', 'OHE', 'NOI', 'FTS', 'BRD', 'LOO', 'INL'])[1 + floor(r_work * 8)::int] end,
       case when completed_at is null then null
            when wo_type = 'CORRECTIVE' then 15 + floor(r_work * 700)::int
            when wo_type = 'PREVENTIVE' then floor(r_work * 120)::int
            else 0 end,
       case when status = 'CANCELLED' then 'No longer needed' end,
       case when status = 'CLOSED' then least(completed_at + interval '1 day', timestamptz '{{now}}') end,
       case when r_estimate < 0.8 then 30 + floor(r_estimate * 560)::int end,
       created_at, coalesce(completed_at, created_at), 0
from (
    select *,
           case when status not in ('COMPLETED', 'CLOSED') then null
                when due_date is not null and r_late >= 0.15
                    then least(created_at + (due_date - created_at::date) * interval '1 day' * r_work, timestamptz '{{now}}')
                when due_date is not null
                    then least(due_date + interval '1 day' * (1 + floor(r_late * 60)), timestamptz '{{now}}')
                else least(created_at + interval '1 hour' * (2 + r_work * 200), timestamptz '{{now}}') end as completed_at
    from (
        select *,
               case when open then (array['OPEN', 'OPEN', 'OPEN', 'ASSIGNED', 'ASSIGNED', 'ACCEPTED', 'IN_PROGRESS',
                                          'IN_PROGRESS', 'ON_HOLD', 'ON_HOLD'])[1 + floor(r_status2 * 10)::int]
                    when r_status2 < 0.85 then 'CLOSED' when r_status2 < 0.95 then 'COMPLETED' else 'CANCELLED' end as status,
               case when wo_type = 'PREVENTIVE' or r_due < (case wo_type when 'CORRECTIVE' then 0.7 else 0.5 end)
                    then (created_at + interval '1 day' * (case when wo_type = 'PREVENTIVE' then 7 + floor(r_due * 21)
                                                               else 1 + floor(r_due * 14) end))::date end as due_date,
               case wo_type when 'PREVENTIVE' then (case when r_source < 0.9 then 'PREVENTIVE_PLAN' else 'MANUAL' end)
                            when 'CORRECTIVE' then (case when r_source < 0.6 then 'MANUAL' when r_source < 0.85 then 'REQUEST'
                                                         when r_source < 0.95 then 'ALARM' else 'PREDICTION' end)
                            when 'PREDICTIVE' then 'PREDICTION' else 'MANUAL' end as source,
               case wo_type
                   when 'CORRECTIVE' then (array['Bearing noise', 'Fuga por sello mecánico', 'Motor trips on overload',
                                                 'Vibración alta', 'Belt slipping', 'No arranca'])[1 + floor(r_title * 6)::int]
                   when 'PREVENTIVE' then (array['Lubricación mensual', 'Quarterly inspection', 'Cambio de aceite',
                                                 'Filter replacement', 'Revisión de correas'])[1 + floor(r_title * 5)::int]
                   when 'INSPECTION' then (array['Ronda de inspección', 'Safety walk-down', 'Inspección visual'])[1 + floor(r_title * 3)::int]
                   else (array['Análisis de vibraciones', 'Thermography survey', 'Oil analysis'])[1 + floor(r_title * 3)::int]
               end as title,
               (array['Revisar', 'Check', 'Inspeccionar', 'Replace', 'Cambiar', 'Adjust', 'Limpiar', 'Tighten'])[1 + floor(r_text1 * 8)::int]
                   || ' ' || (array['el rodamiento lado acople', 'the mechanical seal', 'la correa de transmisión',
                                    'the coupling alignment', 'el filtro de aspiración', 'the motor terminals',
                                    'la válvula de descarga', 'the gearbox oil level', 'el impulsor', 'the fan guard'])[1 + floor(r_text2 * 10)::int]
                   || '. ' || (array['Equipo operando con ruido.', 'Reported by the night shift.', 'Según plan de mantenimiento.',
                                     'Temperature above normal.', 'Se observa fuga leve.', 'Found during the weekly round.',
                                     'Sin novedades en la última revisión.', 'Parts ordered from the warehouse.'])[1 + floor(r_text3 * 8)::int]
                   || case when r_rare < 0.004
                           then ' ' || (array['Cavitación en la succión.', 'Desalineamiento angular medido.', 'Impeller erosion found.',
                                              'Backlash in the gear train.', 'Prensaestopa con goteo.', 'Sobrecorriente en fase R.',
                                              'Chattering relay replaced.', 'Termografía con punto caliente.', 'Holgura excesiva en el eje.',
                                              'Soft foot corrected.'])[1 + floor(r_rare * 2500)::int]
                           else '' end as description,
               (array['LOW', 'MEDIUM', 'MEDIUM', 'MEDIUM', 'HIGH', 'HIGH', 'URGENT', 'LOW'])[1 + floor(r_priority * 8)::int] as priority
        from (
            select *,
                   case when r_type < 0.45 then 'CORRECTIVE' when r_type < 0.80 then 'PREVENTIVE'
                        when r_type < 0.92 then 'INSPECTION' else 'PREDICTIVE' end as wo_type,
                   r_open < case when timestamptz '{{now}}' - created_at < interval '45 days' then 0.6
                                 when timestamptz '{{now}}' - created_at < interval '365 days' then 0.05
                                 else 0.005 end as open
            from (
                select g, gen_random_uuid() as id, a.id as asset_id, a.site_id,
                       timestamptz '{{now}}' - interval '1826 days 1 hour' + interval '1826 days' * (g::float8 / {{workOrders}})
                           + interval '1 minute' * floor(random() * 60) as created_at,
                       random() as r_type, random() as r_open, random() as r_status2, random() as r_due,
                       random() as r_source, random() as r_title, random() as r_text1, random() as r_text2,
                       random() as r_text3, random() as r_rare, random() as r_priority, random() as r_late,
                       random() as r_work, random() as r_estimate
                from (select g, floor(power(random(), 1.2) * {{assets}})::int as asset_n
                      from generate_series(0, {{workOrders}} - 1) g) picks
                join bench_assets a on a.n = picks.asset_n
            ) randoms
        ) typed
    ) statused
) done_at
cross join lateral (select case priority when 'LOW' then 1 when 'MEDIUM' then 2 when 'HIGH' then 3 else 4 end as priority_rank) rank;

insert into work_order_assignees (work_order_id, user_id, work_order_created_at)
select w.id, t.id, w.created_at from work_orders w join bench_techs t on t.n = abs(hashtext(w.id::text)) % {{technicians}}
where w.tenant_id = '{{tenant}}' and w.status not in ('OPEN', 'CANCELLED')
union all
select w.id, t.id, w.created_at from work_orders w join bench_techs t on t.n = (abs(hashtext(w.id::text)) + 1) % {{technicians}}
where w.tenant_id = '{{tenant}}' and w.status not in ('OPEN', 'CANCELLED') and abs(hashtext(w.wo_number)) % 100 < 15;

insert into maintenance_records (id, tenant_id, site_id, asset_id, work_order_id, source, work_type, started_at, finished_at,
                                 description, failure_mode, failure_cause, remedy, downtime_minutes, labour_hours,
                                 parts_cost, labour_cost, external_ref, created_at, updated_at, version)
select gen_random_uuid(), '{{tenant}}', site_id, asset_id, case when recent then id end,
       case when recent then 'WORK_ORDER' else 'IMPORT' end, wo_type, started_at, completed_at, description, failure_mode,
       case when failure_mode is not null then (array['WEAR', 'FATIGUE', 'MISALIGN', 'LUBRICATION'])[1 + abs(hashtext(wo_number)) % 4] end,
       case when failure_mode is not null then (array['REPLACE', 'REPAIR', 'ADJUST', 'CLEAN'])[1 + abs(hashtext(title)) % 4] end,
       downtime_minutes, round((extract(epoch from completed_at - started_at) / 3600)::numeric, 2),
       case when wo_type = 'CORRECTIVE' then (abs(hashtext(wo_number)) % 250000) / 100.0 else (abs(hashtext(wo_number)) % 20000) / 100.0 end,
       (abs(hashtext(id::text)) % 60000) / 100.0,
       case when not recent then 'LEG-' || wo_number end, completed_at, completed_at, 0
from (
    select w.*, w.completed_at >= timestamptz '{{now}}' - interval '2 years' as recent
    from work_orders w
    where w.tenant_id = '{{tenant}}' and w.completed_at is not null and random() < {{recordShare}}
) completed;
