package org.millwright.maintenance.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.millwright.platform.tenancy.TenantDataContributor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The maintenance module's part of a tenant's export (JSON and CSV) and deletion. */
@Component
class MaintenanceDataContributor implements TenantDataContributor {

    private static final String ASSET_COLUMNS = "id, site_id, area_id, parent_id, code, name, asset_type, criticality,"
            + " status, manufacturer, model, serial_number, install_date, description, created_at, updated_at";
    private final JdbcTemplate jdbc;

    MaintenanceDataContributor(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "maintenance";
    }

    @Override
    public int deletionOrder() {
        return 100;
    }

    @Override
    public void export(UUID tenantId, ExportSink sink) {
        sink.json(
                "areas.json",
                jdbc.queryForList(
                        "select id, site_id, code, name, created_at from areas where tenant_id = ? order by code",
                        tenantId));
        List<Map<String, Object>> assets = jdbc.queryForList(
                "select " + ASSET_COLUMNS + " from assets where tenant_id = ? order by code", tenantId);
        sink.json("assets.json", assets);
        List<String> header = List.of(ASSET_COLUMNS.split(",\\s*"));
        List<List<Object>> rows = new ArrayList<>();
        for (Map<String, Object> asset : assets) {
            rows.add(header.stream().map(asset::get).toList());
        }
        sink.csv("assets.csv", header, rows);
        sink.json(
                "asset-timeline.json",
                jdbc.queryForList(
                        "select id, asset_id, kind, action, summary, ref_type, ref_id, actor_id, occurred_at"
                                + " from asset_timeline where tenant_id = ? order by occurred_at",
                        tenantId));
    }

    @Override
    public void deleteAll(UUID tenantId) {
        jdbc.update("delete from asset_timeline where tenant_id = ?", tenantId);
        jdbc.update("update assets set parent_id = null where tenant_id = ?", tenantId);
        jdbc.update("delete from assets where tenant_id = ?", tenantId);
        jdbc.update("delete from areas where tenant_id = ?", tenantId);
    }
}
