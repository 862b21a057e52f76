package org.millwright.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.millwright.support.Api;
import org.millwright.support.TestTenants;
import tools.jackson.databind.JsonNode;

/** The asset registry's storage behaviour, run once on H2 and once on PostgreSQL. */
public interface AssetRegistryContract {

    Api platformAdmin();

    Api anonymousClient();

    @Test
    default void assetsFormATreeAndFilterBySiteAreaTypeStatusAndText() {
        var t = TestTenants.create(platformAdmin(), anonymousClient(), "Tree");
        Api api = t.admin();
        String area = api.post(
                        "/api/v1/maintenance/areas", Map.of("siteId", t.siteId(), "code", "util", "name", "Servicios"))
                .json()
                .get("id")
                .asString();
        JsonNode pump = created(
                api.post("/api/v1/maintenance/assets", asset(t, "p-101", area, null, "Bomba de agua", "pump", "A")));
        assertThat(pump.get("code").asString()).isEqualTo("P-101");
        created(api.post(
                "/api/v1/maintenance/assets",
                asset(t, "m-101", area, pump.get("id").asString(), "Motor P-101", "motor", "A")));
        created(api.post(
                "/api/v1/maintenance/assets", asset(t, "c-201", null, null, "Compresor de aire", "compressor", "B")));

        assertThat(total(api, "?type=pump")).isEqualTo(1);
        assertThat(total(api, "?areaId=" + area)).isEqualTo(2);
        assertThat(total(api, "?q=compresor")).isEqualTo(1);
        assertThat(total(api, "?criticality=A&siteId=" + t.siteId())).isEqualTo(2);
        assertThat(api.get("/api/v1/maintenance/assets?type=rocket").status()).isEqualTo(400);

        var down = api.patch(
                "/api/v1/maintenance/assets/" + pump.get("id").asString() + "/status", Map.of("status", "down"));
        assertThat(down.json().get("status").asString()).isEqualTo("down");
        assertThat(total(api, "?status=down")).isEqualTo(1);

        JsonNode detail = api.get("/api/v1/maintenance/assets/" + pump.get("id").asString())
                .json();
        assertThat(detail.get("siteTimeZone").asString()).isEqualTo("America/Santiago");
        assertThat(detail.get("createdAtLocal").asString()).matches(".*-0[34]:00");
        assertThat(api.delete("/api/v1/maintenance/assets/" + pump.get("id").asString())
                        .status())
                .as("an asset with components cannot be deleted")
                .isEqualTo(409);
        assertThat(api.delete("/api/v1/maintenance/areas/" + area).status()).isEqualTo(409);
    }

    @Test
    default void duplicateCodesAndStaleWritesConflict() {
        var t = TestTenants.create(platformAdmin(), anonymousClient(), "Dup");
        Api api = t.admin();
        created(api.post("/api/v1/maintenance/assets", asset(t, "X-1", null, null, "Cinta", "conveyor", "C")));
        assertThat(api.post("/api/v1/maintenance/assets", asset(t, "x-1", null, null, "Otra", "conveyor", "C"))
                        .status())
                .isEqualTo(409);
        var other = TestTenants.create(platformAdmin(), anonymousClient(), "Other");
        assertThat(other.admin()
                        .post("/api/v1/maintenance/assets", asset(other, "X-1", null, null, "Cinta", "conveyor", "C"))
                        .status())
                .as("codes are unique per tenant, not across tenants")
                .isEqualTo(201);
        assertThat(api.post(
                                "/api/v1/maintenance/assets",
                                Map.of(
                                        "siteId",
                                        t.siteId(),
                                        "code",
                                        "Y",
                                        "details",
                                        Map.of(
                                                "name",
                                                "y",
                                                "type",
                                                "pump",
                                                "criticality",
                                                "A",
                                                "installDate",
                                                "2999-01-01")))
                        .status())
                .isEqualTo(400);
    }

    private static Map<String, Object> asset(
            TestTenants.Tenant t, String code, String areaId, String parentId, String name, String type, String crit) {
        var details = new java.util.HashMap<String, Object>(Map.of(
                "name", name, "type", type, "criticality", crit, "manufacturer", "ACME", "installDate", "2020-03-01"));
        if (areaId != null) {
            details.put("areaId", areaId);
        }
        if (parentId != null) {
            details.put("parentId", parentId);
        }
        return Map.of("siteId", t.siteId(), "code", code, "details", details);
    }

    private static JsonNode created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    private static int total(Api api, String query) {
        return api.get("/api/v1/maintenance/assets" + query)
                .json()
                .get("totalItems")
                .asInt();
    }
}
