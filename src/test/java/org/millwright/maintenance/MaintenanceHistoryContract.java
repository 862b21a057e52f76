package org.millwright.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.millwright.maintenance.MaintenanceFixtures.asset;
import static org.millwright.maintenance.MaintenanceFixtures.created;
import static org.millwright.maintenance.MaintenanceFixtures.record;
import static org.millwright.maintenance.MaintenanceFixtures.site;
import static org.millwright.maintenance.MaintenanceFixtures.withRole;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.millwright.maintenance.internal.history.FailureCodes;
import org.millwright.maintenance.internal.history.MaintenanceHistory;
import org.millwright.maintenance.internal.history.RecordDetails;
import org.millwright.maintenance.internal.history.RecordSource;
import org.millwright.maintenance.internal.history.RecordView;
import org.millwright.maintenance.internal.history.WorkType;
import org.millwright.platform.error.ConflictException;
import org.millwright.platform.error.UnprocessableException;
import org.millwright.platform.tenancy.TenantContext;
import org.millwright.support.Api;
import org.millwright.support.TestTenants;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Failure codes and the maintenance history, run once on H2 and once on PostgreSQL. */
public interface MaintenanceHistoryContract {

    String CODES = "/api/v1/maintenance/failure-codes";
    String HISTORY = "/api/v1/maintenance/history";

    Api platformAdmin();

    Api anonymousClient();

    JdbcTemplate jdbc();

    <T> T bean(Class<T> type);

    @Test
    default void theDefaultCatalogueSpeaksEnglishAndSpanish() {
        var t = TestTenants.create(platformAdmin(), anonymousClient(), "Codes");
        Api operator = withRole(t, anonymousClient(), "OPERATOR");
        JsonNode modes = operator.get(CODES + "?kind=mode&lang=es").json();
        assertThat(codes(modes)).contains("ELP", "VIB", "OHE", "FTS", "BRD", "NOI");
        assertThat(find(modes, "VIB").get("name").asString()).isEqualTo("Vibración");
        assertThat(find(modes, "VIB").get("nameEn").asString()).isEqualTo("Vibration");
        assertThat(find(modes, "VIB").get("standard").asBoolean()).isTrue();
        assertThat(find(operator.get(CODES + "?kind=cause&lang=en").json(), "WEAR")
                        .get("name")
                        .asString())
                .isEqualTo("Wear");
        assertThat(find(operator.spanish().get(CODES + "?kind=remedy").json(), "REPLACE")
                        .get("name")
                        .asString())
                .as("the caller's language when lang is absent")
                .isEqualTo("Reemplazar");
        JsonNode all = operator.get(CODES).json();
        assertThat(all.size()).isGreaterThan(modes.size());
        assertThat(operator.get(CODES + "/mode/vib").json().get("code").asString())
                .isEqualTo("VIB");
        assertThat(operator.get(CODES + "?kind=symptom").status()).isEqualTo(400);
        assertThat(operator.get(CODES + "?lang=fr").status()).isEqualTo(400);
        assertThat(operator.get(CODES + "/mode/NOPE").status()).isEqualTo(404);
        assertThat(operator.post(CODES, newCode("mode", "X1")).status()).isEqualTo(403);
        assertThat(operator.patch(CODES + "/mode/VIB", Map.of("active", false)).status())
                .isEqualTo(403);
    }

    @Test
    default void aTenantAddsItsOwnCodesAndSwitchesDefaultsOffForItselfOnly() {
        var t = TestTenants.create(platformAdmin(), anonymousClient(), "OwnCodes");
        var other = TestTenants.create(platformAdmin(), anonymousClient(), "OtherCodes");
        Api api = t.admin();
        UUID pump = asset(api, t.siteId(), "P-" + MaintenanceFixtures.unique());

        var added = api.post(CODES, newCode("cause", "belt-slip"));
        assertThat(created(added).get("code").asString()).isEqualTo("BELT-SLIP");
        assertThat(added.header("Location")).endsWith("/failure-codes/cause/BELT-SLIP");
        assertThat(added.json().get("standard").asBoolean()).isFalse();
        assertThat(api.post(CODES, newCode("cause", "BELT-SLIP")).status()).isEqualTo(409);
        assertThat(api.post(CODES, newCode("mode", "vib")).status())
                .as("a default code cannot be added again")
                .isEqualTo(409);
        assertThat(api.post(CODES, newCode("mode", "bad code!")).status()).isEqualTo(400);
        assertThat(api.post(CODES, Map.of("kind", "mode", "code", "X2")).status())
                .as("both names are required")
                .isEqualTo(400);
        assertThat(other.admin().get(CODES + "/cause/BELT-SLIP").status()).isEqualTo(404);

        var off = api.patch(CODES + "/mode/VIB", Map.of("active", false));
        assertThat(off.status()).as(off.toString()).isEqualTo(200);
        assertThat(off.json().get("active").asBoolean()).isFalse();
        assertThat(find(api.get(CODES + "?kind=mode").json(), "VIB")
                        .get("active")
                        .asBoolean())
                .isFalse();
        assertThat(find(other.admin().get(CODES + "?kind=mode").json(), "VIB")
                        .get("active")
                        .asBoolean())
                .as("another tenant's catalogue is untouched")
                .isTrue();
        assertThat(api.patch(CODES + "/mode/NOPE", Map.of("active", false)).status())
                .isEqualTo(404);
        assertThat(api.patch(CODES + "/mode/VIB", Map.of()).status()).isEqualTo(400);

        assertThat(record(api, pump, "2025-03-14T10:00:00Z", Map.of("failureMode", "VIB"))
                        .status())
                .as("a deactivated code is refused")
                .isEqualTo(422);
        assertThat(record(api, pump, "2025-03-14T10:00:00Z", Map.of("failureMode", "WOBBLE"))
                        .status())
                .isEqualTo(422);
        var ok = record(api, pump, "2025-03-14T10:00:00Z", Map.of("failureMode", "noi", "failureCause", "belt-slip"));
        assertThat(created(ok).get("failureCause").asString()).isEqualTo("BELT-SLIP");
        assertThat(ok.json().get("failureMode").asString()).isEqualTo("NOI");

        assertThat(api.patch(CODES + "/mode/VIB", Map.of("active", true))
                        .json()
                        .get("active")
                        .asBoolean())
                .isTrue();
        assertThat(api.patch(CODES + "/cause/BELT-SLIP", Map.of("active", false))
                        .json()
                        .get("active")
                        .asBoolean())
                .isFalse();

        FailureCodes codes = bean(FailureCodes.class);
        assertThat(TenantContext.call(t.id(), () -> codes.check("vib", "wear", null))
                        .mode())
                .isEqualTo("VIB");
        assertThatThrownBy(() -> TenantContext.call(t.id(), () -> codes.check(null, "BELT-SLIP", null)))
                .isInstanceOf(UnprocessableException.class);
        assertThat(TenantContext.call(other.id(), () -> codes.check(null, null, null))
                        .remedy())
                .isNull();
    }

    @Test
    default void historyListsNewestFirstWithFiltersAndTotals() {
        var t = TestTenants.create(platformAdmin(), anonymousClient(), "History");
        Api api = t.admin();
        UUID second = site(api, "P2", "UTC");
        UUID pump = asset(api, t.siteId(), "P-1");
        UUID fan = asset(api, second, "F-1");
        created(record(
                api,
                pump,
                "2025-01-10T12:00:00Z",
                Map.of(
                        "startedAt",
                        "2025-01-10T08:00:00Z",
                        "failureMode",
                        "VIB",
                        "downtimeMinutes",
                        240,
                        "labourHours",
                        3.5,
                        "partsCost",
                        120.5,
                        "labourCost",
                        80)));
        created(record(api, pump, "2025-02-10T12:00:00Z", Map.of("workType", "preventive")));
        created(record(api, fan, "2025-03-10T12:00:00Z", Map.of("failureMode", "VIB")));
        created(record(api, fan, "2025-04-10T12:00:00Z", Map.of("failureMode", "OHE", "externalRef", "OLD-1")));

        JsonNode all = api.get(HISTORY).json();
        assertThat(all.get("totalItems").asInt()).isEqualTo(4);
        assertThat(finishes(all))
                .containsExactly(
                        "2025-04-10T12:00:00Z", "2025-03-10T12:00:00Z", "2025-02-10T12:00:00Z", "2025-01-10T12:00:00Z");
        assertThat(total(api, "?assetId=" + pump)).isEqualTo(2);
        assertThat(total(api, "?siteId=" + second)).isEqualTo(2);
        assertThat(total(api, "?failureMode=vib")).isEqualTo(2);
        assertThat(total(api, "?type=preventive")).isEqualTo(1);
        assertThat(total(api, "?from=2025-02-01&to=2025-03-10"))
                .as("to as a date includes that day")
                .isEqualTo(2);
        assertThat(total(api, "?from=2025-02-10T12:00Z&to=2025-03-10T12:00Z")).isEqualTo(1);
        assertThat(total(api, "?siteId=" + second + "&failureMode=OHE")).isEqualTo(1);
        JsonNode page = api.get(HISTORY + "?size=3&page=1").json();
        assertThat(page.get("items").size()).isEqualTo(1);
        assertThat(page.get("totalPages").asInt()).isEqualTo(2);

        JsonNode first = api.get(HISTORY + "?assetId=" + pump + "&type=corrective")
                .json()
                .get("items")
                .get(0);
        assertThat(first.get("source").asString()).isEqualTo("manual");
        assertThat(first.get("siteId").asString()).isEqualTo(t.siteId().toString());
        assertThat(first.get("downtimeMinutes").asInt()).isEqualTo(240);
        assertThat(first.get("partsCost").decimalValue()).isEqualByComparingTo("120.50");
        assertThat(first.get("labourHours").decimalValue()).isEqualByComparingTo("3.5");
        assertThat(api.get(HISTORY + "/" + first.get("id").asString())
                        .json()
                        .get("startedAt")
                        .asString())
                .isEqualTo("2025-01-10T08:00:00Z");

        for (String bad : List.of("?type=repair", "?from=yesterday", "?to=2025-13-01", "?size=0", "?assetId=x")) {
            assertThat(api.get(HISTORY + bad).status()).as(bad).isEqualTo(400);
        }
    }

    @Test
    default void badRecordsAreRefusedAndChangeNothing() {
        var t = TestTenants.create(platformAdmin(), anonymousClient(), "BadHistory");
        var other = TestTenants.create(platformAdmin(), anonymousClient(), "OtherHistory");
        Api api = t.admin();
        UUID pump = asset(api, t.siteId(), "P-1");
        UUID foreign = asset(other.admin(), other.siteId(), "P-9");
        created(record(api, pump, "2025-01-01T00:00:00Z", Map.of("externalRef", "R-1")));
        int before = count(t.id());

        assertThat(record(api, pump, "2025-01-01T00:00:00Z", Map.of("startedAt", "2025-01-02T00:00:00Z"))
                        .status())
                .isEqualTo(400);
        assertThat(record(api, pump, Instant.now().plusSeconds(86_400).toString(), Map.of())
                        .status())
                .isEqualTo(400);
        assertThat(record(api, UUID.randomUUID(), "2025-01-01T00:00:00Z", Map.of())
                        .status())
                .isEqualTo(400);
        assertThat(record(api, foreign, "2025-01-01T00:00:00Z", Map.of()).status())
                .as("another tenant's asset")
                .isEqualTo(400);
        assertThat(record(api, pump, "2025-01-01T00:00:00Z", Map.of("partsCost", -1))
                        .status())
                .isEqualTo(400);
        assertThat(record(api, pump, "2025-01-01T00:00:00Z", Map.of("labourCost", 1.234))
                        .status())
                .isEqualTo(400);
        assertThat(record(api, pump, "2025-01-01T00:00:00Z", Map.of("workType", "repair"))
                        .status())
                .isEqualTo(400);
        assertThat(record(api, pump, "2025-01-01T00:00:00Z", Map.of("externalRef", "R-1"))
                        .status())
                .isEqualTo(409);
        assertThat(withRole(t, anonymousClient(), "TECHNICIAN")
                        .post(
                                HISTORY,
                                Map.of("assetId", pump, "workType", "corrective", "finishedAt", "2025-01-01T00:00:00Z"))
                        .status())
                .isEqualTo(403);
        assertThat(count(t.id())).isEqualTo(before);
        assertThat(api.get(HISTORY + "/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    default void workOrderRecordsAreWrittenOnceAndStay() {
        var t = TestTenants.create(platformAdmin(), anonymousClient(), "WorkOrders");
        Api api = t.admin();
        UUID pump = asset(api, t.siteId(), "P-1");
        MaintenanceHistory history = bean(MaintenanceHistory.class);
        UUID workOrder = UUID.randomUUID();
        RecordDetails done = new RecordDetails(
                pump,
                WorkType.CORRECTIVE,
                Instant.parse("2025-05-01T08:00:00Z"),
                Instant.parse("2025-05-01T10:30:00Z"),
                "Seal replaced",
                "elp",
                "wear",
                "replace",
                150,
                new BigDecimal("2.50"),
                new BigDecimal("310.00"),
                new BigDecimal("45.00"),
                null);
        RecordView recorded =
                TenantContext.call(t.id(), () -> history.record(RecordSource.WORK_ORDER, workOrder, done));
        assertThat(recorded.failureMode()).isEqualTo("ELP");
        assertThat(recorded.workOrderId()).isEqualTo(workOrder);
        assertThatThrownBy(() ->
                        TenantContext.call(t.id(), () -> history.record(RecordSource.WORK_ORDER, workOrder, done)))
                .isInstanceOf(ConflictException.class);
        JsonNode listed =
                api.get(HISTORY + "?assetId=" + pump).json().get("items").get(0);
        assertThat(listed.get("source").asString()).isEqualTo("work_order");
        assertThat(api.delete(HISTORY + "/" + recorded.id()).status()).isEqualTo(409);

        String manual = created(record(api, pump, "2025-06-01T00:00:00Z", Map.of()))
                .get("id")
                .asString();
        assertThat(api.delete(HISTORY + "/" + manual).status()).isEqualTo(204);
        assertThat(api.get(HISTORY + "/" + manual).status()).isEqualTo(404);
        assertThat(api.delete(HISTORY + "/" + manual).status()).isEqualTo(404);
        assertThat(api.delete("/api/v1/maintenance/assets/" + pump).status())
                .as("an asset with history is not deleted")
                .isEqualTo(409);
    }

    @Test
    default void siteBoundCallersSeeTheirSitesHistoryOnly() {
        var t = TestTenants.create(platformAdmin(), anonymousClient(), "Bound");
        Api api = t.admin();
        UUID second = site(api, "P2", "UTC");
        UUID pump = asset(api, t.siteId(), "P-1");
        UUID fan = asset(api, second, "F-1");
        created(record(api, pump, "2025-01-01T00:00:00Z", Map.of()));
        String hidden = created(record(api, fan, "2025-01-01T00:00:00Z", Map.of()))
                .get("id")
                .asString();
        String email = "op@" + t.slug() + ".test";
        created(api.post(
                "/api/v1/admin/users",
                Map.of(
                        "email", email,
                        "displayName", "Operador",
                        "password", "operator-password-1",
                        "role", "OPERATOR",
                        "siteIds", List.of(t.siteId()))));
        var login =
                anonymousClient().post("/api/v1/auth/token", Map.of("email", email, "password", "operator-password-1"));
        Api operator =
                anonymousClient().withBearer(login.json().get("accessToken").asString());
        assertThat(operator.get(HISTORY).json().get("totalItems").asInt()).isEqualTo(1);
        assertThat(operator.get(HISTORY + "/" + hidden).status()).isEqualTo(404);
    }

    @Test
    default void aTenantsExportHoldsItsHistoryAndItsDeletionRemovesIt() throws Exception {
        var t = TestTenants.create(platformAdmin(), anonymousClient(), "GoneHistory");
        Api api = t.admin();
        UUID pump = asset(api, t.siteId(), "P-1");
        created(record(api, pump, "2025-01-01T00:00:00Z", Map.of("externalRef", "OLD-7")));
        created(api.post(CODES, newCode("remedy", "SHIM")));
        assertThat(api.patch(CODES + "/mode/VIB", Map.of("active", false)).status())
                .isEqualTo(200);

        var started = api.post("/api/v1/admin/exports", null);
        JsonNode job = org.millwright.platform.PlatformStorageContract.awaitJob(
                api, started.json().get("id").asString());
        assertThat(job.get("state").asString()).isEqualTo("completed");
        byte[] zip = api.get(job.get("result").get("download").asString()).bytes();
        Map<String, String> files = new java.util.HashMap<>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        assertThat(files.get("maintenance-history/maintenance-records.csv")).contains("OLD-7");
        assertThat(files.get("maintenance-history/failure-codes.json"))
                .contains("SHIM")
                .contains("VIB");

        assertThat(platformAdmin().delete("/api/v1/admin/tenants/" + t.id()).status())
                .isEqualTo(204);
        for (String table : List.of("maintenance_records", "failure_codes", "assets")) {
            assertThat(jdbc().queryForObject(
                                    "select count(*) from " + table + " where tenant_id = ?", Integer.class, t.id()))
                    .as(table)
                    .isZero();
        }
    }

    private static Map<String, Object> newCode(String kind, String code) {
        return Map.of("kind", kind, "code", code, "nameEn", "Belt slip", "nameEs", "Deslizamiento de correa");
    }

    private static List<String> codes(JsonNode list) {
        List<String> codes = new ArrayList<>();
        list.forEach(c -> codes.add(c.get("code").asString()));
        return codes;
    }

    private static JsonNode find(JsonNode list, String code) {
        for (JsonNode c : list) {
            if (c.get("code").asString().equals(code)) {
                return c;
            }
        }
        throw new AssertionError(code + " not listed");
    }

    private static List<String> finishes(JsonNode page) {
        List<String> times = new ArrayList<>();
        page.get("items").forEach(r -> times.add(r.get("finishedAt").asString()));
        return times;
    }

    private static int total(Api api, String query) {
        var response = api.get(HISTORY + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("totalItems").asInt();
    }

    private int count(UUID tenantId) {
        return jdbc().queryForObject(
                        "select count(*) from maintenance_records where tenant_id = ?", Integer.class, tenantId);
    }
}
