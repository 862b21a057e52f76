package org.millwright.maintenance.internal.workorder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.millwright.platform.tenancy.TenantDataContributor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The work orders' part of a tenant's export (folder {@code maintenance/work-orders/}) and
 * deletion (before the assets they refer to). Attachment files go with the tenant's files folder.
 */
@Component
class WorkOrderDataContributor implements TenantDataContributor {

    private static final String COLUMNS = "id, wo_number, site_id, asset_id, wo_type, priority, status, title,"
            + " description, source, source_ref, reason, due_date, created_by, status_changed_at, started_at,"
            + " completed_at, completed_by, failure_mode, failure_cause, remedy, downtime_minutes,"
            + " completion_notes, hold_reason, cancel_reason, closed_at, estimated_minutes, created_at, updated_at";
    private static final List<String> CHILDREN = List.of(
            "work_order_checklist_items",
            "work_order_labour",
            "work_order_parts",
            "work_order_comments",
            "work_order_attachments",
            "work_order_history");
    private final JdbcTemplate jdbc;

    WorkOrderDataContributor(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "maintenance/work-orders";
    }

    @Override
    public int deletionOrder() {
        return 110;
    }

    @Override
    public void export(UUID tenantId, ExportSink sink) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select " + COLUMNS + " from work_orders where tenant_id = ? order by created_at", tenantId);
        sink.json("work_orders.json", rows);
        List<String> header = List.of(COLUMNS.split(",\\s*"));
        List<List<Object>> csv = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            csv.add(header.stream().map(row::get).toList());
        }
        sink.csv("work_orders.csv", header, csv);
        sink.json(
                "work_order_assignees.json",
                jdbc.queryForList(
                        "select a.work_order_id, a.user_id from work_order_assignees a"
                                + " join work_orders w on w.id = a.work_order_id where w.tenant_id = ?",
                        tenantId));
        for (String table : CHILDREN) {
            sink.json(
                    table + ".json",
                    jdbc.queryForList(
                            "select * from " + table + " where tenant_id = ? order by work_order_id", tenantId));
        }
    }

    @Override
    public void deleteAll(UUID tenantId) {
        for (String table : CHILDREN) {
            jdbc.update("delete from " + table + " where tenant_id = ?", tenantId);
        }
        jdbc.update(
                "delete from work_order_assignees where work_order_id in (select id from work_orders where tenant_id = ?)",
                tenantId);
        jdbc.update("delete from work_orders where tenant_id = ?", tenantId);
        jdbc.update("delete from work_order_counters where tenant_id = ?", tenantId);
    }
}
