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
            + " status, manufacturer, model, serial_number, install_date, description, location, latitude, longitude,"
            + " created_at, updated_at";
    private static final String READING_COLUMNS =
            "r.id, r.meter_id, m.asset_id, r.reading_value, r.read_at, r.source," + " r.is_reset, r.recorded_by";
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
        sink.json(
                "asset-types.json",
                jdbc.queryForList(
                        "select code, name_en, name_es, active, created_at from asset_types where tenant_id = ?"
                                + " order by code",
                        tenantId));
        sink.json(
                "asset-photos.json",
                jdbc.queryForList(
                        "select id, asset_id, file_name, media_type, size_bytes, content_hash, stored_path, caption,"
                                + " uploaded_by, created_at from asset_photos where tenant_id = ? order by created_at",
                        tenantId));
        sink.json(
                "asset-meters.json",
                jdbc.queryForList(
                        "select id, asset_id, name, kind, unit, current_value, current_read_at, created_at"
                                + " from asset_meters where tenant_id = ? order by asset_id, name",
                        tenantId));
        readings(tenantId, sink);
        sink.json(
                "maintenance-requests.json",
                jdbc.queryForList(
                        "select id, site_id, asset_id, reference, description, reporter_name, contact, language,"
                                + " photo_path, status, decided_by, decided_at, reason, work_order_id, created_at"
                                + " from maintenance_requests where tenant_id = ? order by created_at",
                        tenantId));
    }

    private void readings(UUID tenantId, ExportSink sink) {
        List<String> header =
                List.of("id", "meter_id", "asset_id", "reading_value", "read_at", "source", "is_reset", "recorded_by");
        List<List<Object>> rows = new ArrayList<>();
        jdbc.query(
                "select " + READING_COLUMNS + " from meter_readings r join asset_meters m on m.id = r.meter_id"
                        + " where r.tenant_id = ? order by r.meter_id, r.read_at",
                rs -> {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= header.size(); i++) {
                        row.add(rs.getObject(i));
                    }
                    rows.add(row);
                },
                tenantId);
        sink.csv("meter-readings.csv", header, rows);
    }

    @Override
    public void deleteAll(UUID tenantId) {
        jdbc.update("delete from asset_timeline where tenant_id = ?", tenantId);
        // Files (photos) live under <data>/files/<tenant>/, removed by the platform with the tenant.
        jdbc.update("delete from meter_readings where tenant_id = ?", tenantId);
        jdbc.update("delete from asset_meters where tenant_id = ?", tenantId);
        jdbc.update("delete from asset_photos where tenant_id = ?", tenantId);
        jdbc.update("delete from maintenance_requests where tenant_id = ?", tenantId);
        jdbc.update("update assets set parent_id = null where tenant_id = ?", tenantId);
        jdbc.update("delete from assets where tenant_id = ?", tenantId);
        jdbc.update("delete from areas where tenant_id = ?", tenantId);
        jdbc.update("delete from asset_types where tenant_id = ?", tenantId);
    }
}
