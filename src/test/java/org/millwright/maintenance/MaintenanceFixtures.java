package org.millwright.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.millwright.support.Api;
import org.millwright.support.TestTenants;
import tools.jackson.databind.JsonNode;

/** Small builders for maintenance tests: assets, sites, areas, history records and CSV uploads. */
final class MaintenanceFixtures {

    private MaintenanceFixtures() {}

    static UUID asset(Api api, UUID siteId, String code) {
        return asset(api, siteId, code, null);
    }

    static UUID asset(Api api, UUID siteId, String code, UUID parentId) {
        Map<String, Object> details =
                new HashMap<>(Map.of("name", "Machine " + code, "type", "pump", "criticality", "A"));
        if (parentId != null) {
            details.put("parentId", parentId);
        }
        return TestTenants.id(created(
                api.post("/api/v1/maintenance/assets", Map.of("siteId", siteId, "code", code, "details", details))));
    }

    static UUID site(Api api, String code, String zone) {
        return TestTenants.id(
                created(api.post("/api/v1/sites", Map.of("code", code, "name", "Plant " + code, "timeZone", zone))));
    }

    static UUID area(Api api, UUID siteId, String code) {
        return TestTenants.id(created(
                api.post("/api/v1/maintenance/areas", Map.of("siteId", siteId, "code", code, "name", "Area " + code))));
    }

    /** A manual history record; {@code extra} adds or replaces fields. */
    static Api.Response record(Api api, UUID assetId, String finishedAt, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(
                Map.of("assetId", assetId, "workType", "corrective", "finishedAt", finishedAt, "description", "Fixed"));
        body.putAll(extra);
        return api.post("/api/v1/maintenance/history", body);
    }

    static Api.Response importCsv(Api api, String kind, String csv, boolean dryRun) {
        return importCsv(api, kind, csv.getBytes(StandardCharsets.UTF_8), dryRun);
    }

    static Api.Response importCsv(Api api, String kind, byte[] csv, boolean dryRun) {
        return api.upload(
                "/api/v1/maintenance/imports/" + kind + "?dryRun=" + dryRun,
                "file",
                Map.of(kind + ".csv", csv),
                Map.of());
    }

    /** An API key of the tenant with the given role. */
    static Api withRole(TestTenants.Tenant t, Api anonymous, String role) {
        var key = t.admin().post("/api/v1/admin/api-keys", Map.of("name", role.toLowerCase(), "role", role));
        assertThat(key.status()).as(key.toString()).isEqualTo(201);
        return anonymous.withKey(key.json().get("value").asString());
    }

    static JsonNode created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
