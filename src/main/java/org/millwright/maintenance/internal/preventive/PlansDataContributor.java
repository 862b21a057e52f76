package org.millwright.maintenance.internal.preventive;

import java.util.UUID;
import org.millwright.platform.tenancy.TenantDataContributor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Preventive plans in a tenant's export (folder {@code maintenance/preventive-plans/}) and
 * deletion: before the work orders their points refer to, and before the assets and meters.
 */
@Component
class PlansDataContributor implements TenantDataContributor {

    private final JdbcTemplate jdbc;

    PlansDataContributor(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "maintenance/preventive-plans";
    }

    @Override
    public int deletionOrder() {
        return 120;
    }

    @Override
    public void export(UUID tenantId, ExportSink sink) {
        sink.json(
                "preventive_plans.json",
                jdbc.queryForList(
                        "select id, site_id, asset_id, name, description, wo_type, priority, estimated_minutes, active,"
                                + " trigger_kind, trigger_every, calendar_unit, calendar_mode, start_date, meter_id,"
                                + " start_value, lead_value, created_by, created_at, updated_at"
                                + " from preventive_plans where tenant_id = ? order by name, id",
                        tenantId));
        sink.json(
                "preventive_plan_tasks.json",
                jdbc.queryForList(
                        "select t.plan_id, t.position, t.task from preventive_plan_tasks t"
                                + " join preventive_plans p on p.id = t.plan_id where p.tenant_id = ?"
                                + " order by t.plan_id, t.position",
                        tenantId));
        sink.json(
                "preventive_plan_assignees.json",
                jdbc.queryForList(
                        "select a.plan_id, a.user_id from preventive_plan_assignees a"
                                + " join preventive_plans p on p.id = a.plan_id where p.tenant_id = ?"
                                + " order by a.plan_id, a.user_id",
                        tenantId));
        sink.json(
                "preventive_plan_points.json",
                jdbc.queryForList(
                        "select id, plan_id, due_point, due_date, due_value, missed_points, work_order_id, created_at"
                                + " from preventive_plan_points where tenant_id = ? order by plan_id, due_date, due_value",
                        tenantId));
    }

    @Override
    public void deleteAll(UUID tenantId) {
        jdbc.update("delete from preventive_plan_points where tenant_id = ?", tenantId);
        jdbc.update(
                "delete from preventive_plan_tasks where plan_id in (select id from preventive_plans where tenant_id = ?)",
                tenantId);
        jdbc.update(
                "delete from preventive_plan_assignees where plan_id in"
                        + " (select id from preventive_plans where tenant_id = ?)",
                tenantId);
        jdbc.update("delete from preventive_plans where tenant_id = ?", tenantId);
    }
}
