package org.millwright.maintenance.internal.history;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.millwright.platform.tenancy.TenantDataContributor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The maintenance history and failure codes in a tenant's export and deletion (before the assets they name). */
@Component
class HistoryDataContributor implements TenantDataContributor {

    private static final String RECORD_COLUMNS = "id, site_id, asset_id, work_order_id, source, work_type, started_at,"
            + " finished_at, description, failure_mode, failure_cause, remedy, downtime_minutes, labour_hours,"
            + " parts_cost, labour_cost, external_ref, created_at, updated_at";
    private final JdbcTemplate jdbc;

    HistoryDataContributor(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "maintenance-history";
    }

    @Override
    public int deletionOrder() {
        return 150;
    }

    @Override
    public void export(UUID tenantId, ExportSink sink) {
        sink.json(
                "failure-codes.json",
                jdbc.queryForList(
                        "select kind, code, name_en, name_es, standard, active from failure_codes"
                                + " where tenant_id = ? order by kind, code",
                        tenantId));
        List<Map<String, Object>> records = jdbc.queryForList(
                "select " + RECORD_COLUMNS + " from maintenance_records where tenant_id = ? order by finished_at, id",
                tenantId);
        sink.json("maintenance-records.json", records);
        List<String> header = List.of(RECORD_COLUMNS.split(",\\s*"));
        sink.csv(
                "maintenance-records.csv",
                header,
                records.stream().map(r -> header.stream().map(r::get).toList()).toList());
    }

    @Override
    public void deleteAll(UUID tenantId) {
        jdbc.update("delete from maintenance_records where tenant_id = ?", tenantId);
        jdbc.update("delete from failure_codes where tenant_id = ?", tenantId);
    }
}
