package org.millwright.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.millwright.platform.tenancy.TenantContext;
import org.millwright.support.Api;
import org.millwright.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** A first start with the demo: the demo plant has machines with history, stock and open work orders. */
class DemoPlantIT extends IntegrationTest {

    @Test
    void theDemoPlantHasHistoryStockAndOpenWorkOrders() {
        Api api = platformAdmin();
        String pump = assetId(api, "LAM-P-101");

        JsonNode history =
                api.get("/api/v1/maintenance/history?assetId=" + pump).json();
        assertThat(history.get("totalItems").asInt()).isEqualTo(3);
        assertThat(texts(history, "externalRef")).containsExactlyInAnyOrder("SAP-40012", "SAP-40377", "SAP-41120");

        JsonNode open = api.get("/api/v1/maintenance/work-orders?status=open&assetId=" + pump)
                .json();
        assertThat(open.get("totalItems").asInt()).isEqualTo(1);
        assertThat(open.get("items").get(0).get("priority").asString()).isEqualTo("HIGH");
        assertThat(open.get("items").get(0).get("number").asString()).startsWith("OT-");
        assertThat(texts(api.get("/api/v1/maintenance/work-orders/overdue").json(), "title"))
                .contains("Inspección de boquillas de la llenadora");

        JsonNode lowStock = api.get("/api/v1/maintenance/parts/low-stock").json();
        assertThat(lowStock.toString()).contains("FA-1250-C", "6309-2Z-C3");
        JsonNode seal = api.get("/api/v1/maintenance/parts?q=sello").json();
        assertThat(texts(seal, "partNumber")).contains("MS-45-BQ1");

        JsonNode timeline = api.get("/api/v1/maintenance/assets/" + pump + "/timeline")
                .json()
                .get("items");
        assertThat(timeline.get(0).get("kind").asString()).isEqualTo("WORK_ORDER");
    }

    @Test
    void theAssistantGetsAMachinesContextFromTheFacade() {
        String pump = assetId(platformAdmin(), "LAM-P-101");
        UUID tenant =
                jdbc().queryForObject("select tenant_id from assets where id = ?", UUID.class, UUID.fromString(pump));
        AssetContext context = TenantContext.call(
                tenant,
                () -> bean(MaintenanceFacade.class)
                        .assetContext(UUID.fromString(pump))
                        .orElseThrow());
        assertThat(context.asset().code()).isEqualTo("LAM-P-101");
        assertThat(context.openWorkOrders())
                .extracting(WorkOrderSummary::priority)
                .contains(WorkOrderPriority.HIGH);
        assertThat(context.recentWork()).hasSize(3);
        assertThat(context.recentWork().getFirst().failureMode()).isEqualTo("VIB");
        assertThat(context.recentWork().getFirst().finishedAt())
                .isAfter(context.recentWork().getLast().finishedAt());
        assertThat(context.recentTimeline()).isNotEmpty();
        assertThat(TenantContext.call(
                        tenant, () -> bean(MaintenanceFacade.class).assetContext(UUID.randomUUID())))
                .isEmpty();
    }

    private static String assetId(Api api, String code) {
        JsonNode found = api.get("/api/v1/maintenance/assets?q=" + code).json().get("items");
        for (JsonNode asset : found) {
            if (asset.get("code").asString().equals(code)) {
                return asset.get("id").asString();
            }
        }
        throw new AssertionError("demo asset " + code + " missing: " + found);
    }

    private static List<String> texts(JsonNode page, String field) {
        JsonNode items = page.has("items") ? page.get("items") : page;
        List<String> values = new ArrayList<>();
        items.forEach(i -> values.add(i.get(field).asString()));
        return values;
    }
}
