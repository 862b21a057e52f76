package org.millwright.maintenance.internal.parts;

import java.util.UUID;
import org.millwright.platform.tenancy.TenantDataContributor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Spare parts in a tenant's export (beside the assets in {@code maintenance/}) and deletion (before assets). */
@Component
class PartsDataContributor implements TenantDataContributor {

    private final JdbcTemplate jdbc;

    PartsDataContributor(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "maintenance";
    }

    @Override
    public int deletionOrder() {
        return 110;
    }

    @Override
    public void export(UUID tenantId, ExportSink sink) {
        sink.json(
                "spare-parts.json",
                jdbc.queryForList(
                        "select id, part_number, description, manufacturer, manufacturer_part_number, unit, unit_cost,"
                                + " currency, active, created_at, updated_at from spare_parts where tenant_id = ?"
                                + " order by part_number",
                        tenantId));
        sink.json(
                "spare-part-asset-types.json",
                jdbc.queryForList(
                        "select t.part_id, t.asset_type from spare_part_asset_types t"
                                + " join spare_parts p on p.id = t.part_id where p.tenant_id = ?"
                                + " order by t.part_id, t.asset_type",
                        tenantId));
        sink.json(
                "spare-part-assets.json",
                jdbc.queryForList(
                        "select a.part_id, a.asset_id from spare_part_assets a"
                                + " join spare_parts p on p.id = a.part_id where p.tenant_id = ?"
                                + " order by a.part_id, a.asset_id",
                        tenantId));
        sink.json(
                "spare-part-stock.json",
                jdbc.queryForList(
                        "select part_id, site_id, on_hand, min_stock, bin_location, updated_at from spare_part_stock"
                                + " where tenant_id = ? order by part_id, site_id",
                        tenantId));
        sink.json(
                "spare-part-movements.json",
                jdbc.queryForList(
                        "select id, part_id, site_id, kind, quantity, on_hand_after, reason, work_order_id, actor_id,"
                                + " actor_label, occurred_at from spare_part_movements where tenant_id = ?"
                                + " order by occurred_at",
                        tenantId));
    }

    @Override
    public void deleteAll(UUID tenantId) {
        jdbc.update("delete from spare_part_movements where tenant_id = ?", tenantId);
        jdbc.update("delete from spare_part_stock where tenant_id = ?", tenantId);
        jdbc.update("delete from spare_parts where tenant_id = ?", tenantId);
    }
}
