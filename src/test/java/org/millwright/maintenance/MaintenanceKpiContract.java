package org.millwright.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.millwright.maintenance.MaintenanceFixtures.created;
import static org.millwright.maintenance.MaintenanceFixtures.record;
import static org.millwright.maintenance.MaintenanceFixtures.site;
import static org.millwright.maintenance.MaintenanceFixtures.withRole;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.millwright.platform.tenancy.TenantContext;
import org.millwright.support.Api;
import org.millwright.support.TestTenants;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Maintenance KPIs, run once on H2 and once on PostgreSQL, against a small plant whose figures
 * are worked out by hand below. Both plants are in America/Santiago, which keeps UTC-3 from
 * December 2024 to January 2025: every month of the fixture has 744 hours.
 *
 * <pre>
 * P1: A1 (pump), A2 (motor), and a retired pump without records (not counted); P2: B1 (pump).
 * January 2025 (times UTC):
 *   1 A1 corrective VIB  05 10:00-14:00 (4 h)  downtime 300 min  parts 100.00 labour 50.00
 *   2 A1 corrective ELP  12 08:00, no start    downtime 120 min  parts  20.50
 *   3 A2 corrective VIB  20 00:00-01:30 (1.5 h) downtime 60 min               labour 30.25
 *   4 A2 preventive      25 12:00              downtime 30 min   parts  10.00 labour  5.00
 *   5 A2 corrective, no mode, 28 00:00, no start and no downtime (a failure without repair time)
 *   6 B1 corrective NOI  15 09:00-12:00 (3 h)  downtime 180 min               labour 40.00
 *   7 A1 corrective VIB  10 February (outside the period)
 * P1, January: 2 assets x 744 h = 1488 h; downtime 510 min = 8.5 h; operating 1479.5 h;
 *   4 failures: MTBF 369.875 -> 369.88 h; MTTR (4 + 2 + 1.5) / 3 = 2.5 h; availability 0.99429 -> 0.9943;
 *   cost 130.50 + 85.25 = 215.75.
 * Both sites: 3 assets, 2232 h; downtime 11.5 h; operating 2220.5 h; 5 failures: MTBF 444.1 h;
 *   MTTR 10.5 / 4 = 2.625 -> 2.63 h; availability 0.99485 -> 0.9948; cost 130.50 + 125.25 = 255.75.
 * </pre>
 */
public interface MaintenanceKpiContract {

    String KPIS = "/api/v1/maintenance/kpis";
    String JANUARY = "from=2025-01-01&to=2025-01-31";

    Api platformAdmin();

    Api anonymousClient();

    JdbcTemplate jdbc();

    <T> T bean(Class<T> type);

    @Test
    default void aSitesKpisOfAPeriodAreComputedFromItsHistory() {
        Plant p = Plant.create(platformAdmin(), anonymousClient());
        Api operator = withRole(p.tenant(), anonymousClient(), "OPERATOR");
        JsonNode report = ok(operator.get(KPIS + "?siteId=" + p.p1() + "&" + JANUARY));

        assertThat(report.get("from").asString()).isEqualTo("2025-01-01T03:00:00Z");
        assertThat(report.get("to").asString()).isEqualTo("2025-02-01T03:00:00Z");
        assertThat(report.get("measuredTo").asString()).isEqualTo("2025-02-01T03:00:00Z");
        assertThat(report.get("zone").asString()).isEqualTo("America/Santiago");
        assertThat(report.get("groupBy").asString()).isEqualTo("none");
        assertThat(report.get("groups")).isEmpty();
        JsonNode total = report.get("total");
        assertThat(total.get("assets").asInt())
                .as("the retired pump has no record")
                .isEqualTo(2);
        assertThat(total.get("periodHours").asDouble()).isEqualTo(744.0);
        assertThat(total.get("failures").asInt()).isEqualTo(4);
        assertThat(total.get("downtimeHours").asDouble()).isEqualTo(8.5);
        assertThat(total.get("mtbfHours").asDouble()).isEqualTo(369.88);
        assertThat(total.get("mttrHours").asDouble()).isEqualTo(2.5);
        assertThat(total.get("availability").asDouble()).isEqualTo(0.9943);
        assertThat(total.get("cost").get("parts").asDouble()).isEqualTo(130.5);
        assertThat(total.get("cost").get("labour").asDouble()).isEqualTo(85.25);
        assertThat(total.get("cost").get("total").asDouble()).isEqualTo(215.75);
        assertThat(modes(total)).containsExactly("VIB:2:6.0:Vibration:Vibración", "ELP:1:2.0", "null:1:0.0");
        assertThat(total.get("backlog").get("workOrders").asInt()).isZero();
        assertThat(total.get("pmCompliance").get("due").asInt()).isZero();
        assertThat(total.get("pmCompliance").get("compliance").isNull()).isTrue();

        JsonNode both = ok(operator.get(KPIS + "?" + JANUARY)).get("total");
        assertThat(both.get("assets").asInt()).isEqualTo(3);
        assertThat(both.get("failures").asInt()).isEqualTo(5);
        assertThat(both.get("downtimeHours").asDouble()).isEqualTo(11.5);
        assertThat(both.get("mtbfHours").asDouble()).isEqualTo(444.1);
        assertThat(both.get("mttrHours").asDouble()).isEqualTo(2.63);
        assertThat(both.get("availability").asDouble()).isEqualTo(0.9948);
        assertThat(both.get("cost").get("total").asDouble()).isEqualTo(255.75);
        assertThat(modes(both))
                .containsExactly("VIB:2:6.0:Vibration:Vibración", "ELP:1:2.0", "NOI:1:3.0", "null:1:0.0");

        JsonNode instants = ok(operator.get(
                        KPIS + "?siteId=" + p.p1() + "&from=2025-01-12T00:00:00Z&to=2025-01-20T01:00:00Z"))
                .get("total");
        assertThat(instants.get("periodHours").asDouble()).isEqualTo(193.0);
        assertThat(instants.get("failures").asInt())
                .as("only record 2 finished in it")
                .isEqualTo(1);
        assertThat(instants.get("mttrHours").asDouble()).isEqualTo(2.0);
    }

    @Test
    default void kpisAreGroupedByAssetTypeSiteAndMonth() {
        Plant p = Plant.create(platformAdmin(), anonymousClient());
        Api admin = p.tenant().admin();

        JsonNode byAsset = ok(admin.get(KPIS + "?groupBy=asset&" + JANUARY));
        assertThat(byAsset.get("groupBy").asString()).isEqualTo("asset");
        assertThat(byAsset.get("groupCount").asInt()).isEqualTo(3);
        assertThat(byAsset.get("truncated").asBoolean()).isFalse();
        assertThat(rows(byAsset))
                .as("most failures first, then most downtime")
                .containsExactly(
                        "A1|1|2|7.0|368.5|3.0|0.9906|170.5",
                        "A2|1|2|1.5|371.25|1.5|0.998|45.25",
                        "B1|1|1|3.0|741.0|3.0|0.996|40.0");
        assertThat(byAsset.get("groups").get(0).get("key").asString()).isEqualTo(p.a1().toString());
        assertThat(byAsset.get("groups").get(0).get("name").asString()).isEqualTo("Machine A1");
        assertThat(byAsset.get("total").get("failures").asInt()).isEqualTo(5);
        assertThat(byAsset.get("total").get("assets").asInt()).isEqualTo(3);

        JsonNode top = ok(admin.get(KPIS + "?groupBy=asset&limit=1&" + JANUARY));
        assertThat(top.get("groups")).hasSize(1);
        assertThat(top.get("groupCount").asInt()).isEqualTo(3);
        assertThat(top.get("truncated").asBoolean()).isTrue();
        assertThat(top.get("total").get("failures").asInt())
                .as("the total counts every group")
                .isEqualTo(5);

        JsonNode byType = ok(admin.get(KPIS + "?groupBy=assetType&" + JANUARY));
        assertThat(rows(byType))
                .containsExactly("pump|2|3|10.0|492.67|3.0|0.9933|210.5", "motor|1|2|1.5|371.25|1.5|0.998|45.25");
        assertThat(byType.get("groups").get(0).get("name").asString()).isEqualTo("Pump");
        assertThat(ok(admin.spanish().get(KPIS + "?groupBy=assetType&" + JANUARY))
                        .get("groups")
                        .get(0)
                        .get("name")
                        .asString())
                .isEqualTo("Bomba");

        JsonNode bySite = ok(admin.get(KPIS + "?groupBy=site&" + JANUARY));
        assertThat(rows(bySite))
                .containsExactly("P1|2|4|8.5|369.88|2.5|0.9943|215.75", "P2|1|1|3.0|741.0|3.0|0.996|40.0");
        assertThat(bySite.get("groups").get(0).get("key").asString()).isEqualTo(p.p1().toString());

        JsonNode pumps = ok(admin.get(KPIS + "?assetType=pump&" + JANUARY)).get("total");
        assertThat(pumps.get("failures").asInt()).isEqualTo(3);
        JsonNode a2 = ok(admin.get(KPIS + "?assetId=" + p.a2() + "&" + JANUARY)).get("total");
        assertThat(a2.get("failures").asInt()).isEqualTo(2);
        assertThat(a2.get("mtbfHours").asDouble()).isEqualTo(371.25);

        JsonNode byMonth = ok(admin.get(KPIS + "?siteId=" + p.p1() + "&groupBy=month&from=2024-12-01&to=2025-01-31"));
        JsonNode december = byMonth.get("groups").get(0);
        JsonNode january = byMonth.get("groups").get(1);
        assertThat(byMonth.get("groups")).hasSize(2);
        assertThat(december.get("key").asString()).isEqualTo("2024-12");
        assertThat(december.get("periodHours").asDouble()).isEqualTo(744.0);
        assertThat(december.get("assets").asInt()).isEqualTo(2);
        assertThat(december.get("failures").asInt()).isZero();
        assertThat(december.get("availability").asDouble()).isEqualTo(1.0);
        assertThat(december.get("mtbfHours").isNull()).isTrue();
        assertThat(december.get("mttrHours").isNull()).isTrue();
        assertThat(december.get("backlog").isNull())
                .as("the backlog is now's, in the total")
                .isTrue();
        assertThat(january.get("key").asString()).isEqualTo("2025-01");
        assertThat(january.get("mtbfHours").asDouble()).isEqualTo(369.88);
        assertThat(january.get("availability").asDouble()).isEqualTo(0.9943);
        JsonNode twoMonths = byMonth.get("total");
        assertThat(twoMonths.get("periodHours").asDouble()).isEqualTo(1488.0);
        // (2 x 1488 - 8.5) / 4 = 741.875
        assertThat(twoMonths.get("mtbfHours").asDouble()).isEqualTo(741.88);
    }

    @Test
    default void backlogAndPreventiveComplianceComeFromTheWorkOrders() {
        Plant p = Plant.create(platformAdmin(), anonymousClient());
        Api admin = p.tenant().admin();
        LocalDate today = LocalDate.now(Plant.ZONE);
        UUID onTime = order(admin, p.a1(), "PREVENTIVE", "MANUAL", today.plusDays(3), null);
        UUID late = order(admin, p.a1(), "PREVENTIVE", "MANUAL", today.minusDays(2), 45);
        order(admin, p.a1(), "INSPECTION", "PREVENTIVE_PLAN", today.minusDays(1), 60); // open, overdue: missed
        order(admin, p.a2(), "PREVENTIVE", "PREVENTIVE_PLAN", today.plusDays(5), null); // open, not due yet
        UUID cancelled = order(admin, p.a1(), "PREVENTIVE", "MANUAL", today.minusDays(3), null);
        UUID longAgo = order(admin, p.a1(), "PREVENTIVE", "MANUAL", today.minusDays(30), null);
        order(admin, p.a2(), "CORRECTIVE", "MANUAL", today.minusDays(1), 90); // open, not preventive
        order(admin, p.b1(), "CORRECTIVE", "MANUAL", null, 30); // the other site's
        for (UUID id : List.of(onTime, late, longAgo)) {
            complete(admin, id);
        }
        assertThat(admin.post(WorkOrderPlant.BASE + "/" + cancelled + "/cancel", Map.of("reason", "not needed"))
                        .status())
                .isEqualTo(200);

        String period = "&from=" + today.minusDays(10) + "&to=" + today.plusDays(10);
        JsonNode total = ok(admin.get(KPIS + "?siteId=" + p.p1() + period)).get("total");
        JsonNode pm = total.get("pmCompliance");
        assertThat(pm.get("due").asInt())
                .as("on time, late and missed; not the one not yet due")
                .isEqualTo(3);
        assertThat(pm.get("onTime").asInt()).isEqualTo(1);
        assertThat(pm.get("compliance").asDouble()).isEqualTo(0.3333);
        JsonNode backlog = total.get("backlog");
        assertThat(backlog.get("workOrders").asInt()).isEqualTo(3);
        assertThat(backlog.get("estimatedHours").asDouble()).isEqualTo(2.5);
        assertThat(backlog.get("withoutEstimate").asInt()).isEqualTo(1);

        JsonNode bySite = ok(admin.get(KPIS + "?groupBy=site" + period));
        assertThat(bySite.get("total").get("backlog").get("workOrders").asInt()).isEqualTo(4);
        assertThat(bySite.get("total").get("backlog").get("estimatedHours").asDouble())
                .isEqualTo(3.0);
        JsonNode p2 = group(bySite, p.p2().toString());
        assertThat(p2.get("backlog").get("workOrders").asInt()).isEqualTo(1);
        assertThat(p2.get("pmCompliance").get("due").asInt()).isZero();

        JsonNode byAsset = ok(admin.get(KPIS + "?siteId=" + p.p1() + "&groupBy=asset" + period));
        JsonNode a1 = group(byAsset, p.a1().toString());
        assertThat(a1.get("pmCompliance").get("due").asInt()).isEqualTo(3);
        assertThat(a1.get("backlog").get("workOrders").asInt()).isEqualTo(1);
        assertThat(group(byAsset, p.a2().toString())
                        .get("backlog")
                        .get("workOrders")
                        .asInt())
                .isEqualTo(2);

        JsonNode byMonth = ok(admin.get(KPIS + "?siteId=" + p.p1() + "&groupBy=month" + period));
        int dueInMonths = 0;
        for (JsonNode month : byMonth.get("groups")) {
            dueInMonths += month.get("pmCompliance").get("due").asInt();
        }
        assertThat(dueInMonths).isEqualTo(3);
        assertThat(byMonth.get("total").get("backlog").get("workOrders").asInt())
                .isEqualTo(3);

        JsonNode defaults = ok(admin.get(KPIS + "?siteId=" + p.p1()));
        Instant tomorrow = today.plusDays(1).atStartOfDay(Plant.ZONE).toInstant();
        assertThat(defaults.get("to").asString()).isEqualTo(tomorrow.toString());
        assertThat(defaults.get("from").asString())
                .isEqualTo(today.plusDays(1)
                        .minusMonths(12)
                        .atStartOfDay(Plant.ZONE)
                        .toInstant()
                        .toString());
        assertThat(defaults.get("total").get("pmCompliance").get("due").asInt())
                .as("due up to today: the late, the missed and the one of 30 days ago")
                .isEqualTo(3);
    }

    @Test
    default void aSiteBoundCallerSeesOnlyItsSitesAndTheFacadeAnswersInTheTenant() {
        Plant p = Plant.create(platformAdmin(), anonymousClient());
        Api southOperator = operatorOf(p, p.p2());
        JsonNode own = ok(southOperator.get(KPIS + "?" + JANUARY)).get("total");
        assertThat(own.get("failures").asInt()).isEqualTo(1);
        assertThat(own.get("assets").asInt()).isEqualTo(1);
        assertThat(southOperator.get(KPIS + "?siteId=" + p.p1() + "&" + JANUARY).status())
                .isEqualTo(404);
        assertThat(southOperator
                        .get(KPIS + "?assetId=" + p.a1() + "&" + JANUARY)
                        .status())
                .isEqualTo(404);
        JsonNode bySite = ok(southOperator.get(KPIS + "?groupBy=site&" + JANUARY));
        assertThat(bySite.get("groups")).hasSize(1);
        assertThat(bySite.get("groups").get(0).get("key").asString()).isEqualTo(p.p2().toString());

        MaintenanceKpis kpis = bean(MaintenanceKpis.class);
        KpiReport report = TenantContext.call(
                p.tenant().id(),
                () -> kpis.kpis(new KpiQuery(
                        p.p1(),
                        null,
                        null,
                        Instant.parse("2025-01-01T03:00:00Z"),
                        Instant.parse("2025-02-01T03:00:00Z"),
                        KpiGrouping.ASSET_TYPE,
                        null)));
        assertThat(report.total().failures()).isEqualTo(4);
        assertThat(report.total().mtbfHours()).isEqualTo(369.88);
        assertThat(report.total().cost().total()).isEqualByComparingTo("215.75");
        assertThat(report.groups()).extracting(KpiReport.Group::key).containsExactly("pump", "motor");
        assertThat(TenantContext.call(p.tenant().id(), () -> kpis.zone(null, p.b1())))
                .isEqualTo(Plant.ZONE);
    }

    @Test
    default void badInputIsRefused() {
        Plant p = Plant.create(platformAdmin(), anonymousClient());
        Api admin = p.tenant().admin();
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("?groupBy=weekly", 400);
        expected.put("?from=2025-02-01&to=2025-01-01", 400);
        expected.put("?from=2025-01-01&to=2025-01-01T03:00:00Z", 400);
        expected.put("?from=2019-01-01&to=2025-01-01", 400);
        expected.put("?from=yesterday", 400);
        expected.put("?to=2025-13-01", 400);
        expected.put("?assetType=spaceship", 400);
        expected.put("?limit=0", 400);
        expected.put("?limit=1001", 400);
        expected.put("?siteId=not-a-uuid", 400);
        expected.put("?siteId=" + UUID.randomUUID(), 404);
        expected.put("?assetId=" + UUID.randomUUID(), 404);
        expected.put("?siteId=" + p.p1() + "&assetId=" + p.b1(), 400);
        Map<String, Integer> answered = new LinkedHashMap<>();
        expected.keySet().forEach(q -> answered.put(q, admin.get(KPIS + q).status()));
        assertThat(answered).isEqualTo(expected);
        assertThat(ok(admin.get(KPIS + "?from=2020-01-01&to=2024-12-31"))
                        .get("total")
                        .get("periodHours")
                        .asDouble())
                .as("five years exactly are allowed")
                .isGreaterThan(43_800);

        var spanish = admin.spanish().get(KPIS + "?from=2019-01-01&to=2025-01-01");
        assertThat(spanish.json().get("detail").asString()).contains("5 años");
        var english = admin.get(KPIS + "?groupBy=weekly");
        assertThat(english.json().get("detail").asString()).contains("weekly").contains("assetType");
        assertThat(anonymousClient().get(KPIS).status()).isEqualTo(401);
    }

    private static UUID order(Api admin, UUID asset, String type, String source, LocalDate due, Integer estimate) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "assetId", asset, "type", type, "priority", "MEDIUM", "title", type + " " + due, "source", source));
        if (due != null) {
            body.put("dueDate", due.toString());
        }
        if (estimate != null) {
            body.put("estimatedMinutes", estimate);
        }
        return TestTenants.id(created(admin.post(WorkOrderPlant.BASE, body)));
    }

    private static void complete(Api admin, UUID id) {
        UUID tech = Plant.technician(admin);
        WorkOrderPlant.move(admin, id, "assign", Map.of("userIds", List.of(tech)));
        for (String step : List.of("accept", "start", "complete")) {
            WorkOrderPlant.move(admin, id, step, null);
        }
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode group(JsonNode report, String key) {
        for (JsonNode g : report.get("groups")) {
            if (g.get("key").asString().equals(key)) {
                return g;
            }
        }
        throw new AssertionError("no group " + key + " in " + report);
    }

    /** code|assets|failures|downtime|MTBF|MTTR|availability|cost of each group, in order. */
    private static List<String> rows(JsonNode report) {
        List<String> rows = new ArrayList<>();
        for (JsonNode g : report.get("groups")) {
            rows.add(g.get("code").asString() + "|" + g.get("assets").asInt() + "|"
                    + g.get("failures").asInt() + "|"
                    + g.get("downtimeHours").asDouble() + "|"
                    + g.get("mtbfHours").asDouble() + "|"
                    + g.get("mttrHours").asDouble() + "|"
                    + g.get("availability").asDouble() + "|"
                    + g.get("cost").get("total").asDouble());
        }
        return rows;
    }

    /** code:failures:downtime hours[:English name:Spanish name] of each failure mode, in order. */
    private static List<String> modes(JsonNode group) {
        List<String> modes = new ArrayList<>();
        for (JsonNode m : group.get("failuresByMode")) {
            String row = m.get("code").asString("null") + ":"
                    + m.get("failures").asInt() + ":" + m.get("downtimeHours").asDouble();
            if (m.get("code").asString("").equals("VIB")) {
                row += ":" + m.get("nameEn").asString() + ":" + m.get("nameEs").asString();
            }
            modes.add(row);
        }
        return modes;
    }

    /** An operator bound to one site of the plant's tenant, logged in. */
    private static Api operatorOf(Plant plant, UUID site) {
        {
            String email = "op-" + MaintenanceFixtures.unique().toLowerCase() + "@"
                    + plant.tenant().slug() + ".test";
            var created = plant.tenant()
                    .admin()
                    .post(
                            "/api/v1/admin/users",
                            Map.of(
                                    "email", email,
                                    "displayName", "South operator",
                                    "password", "password-south-1",
                                    "role", "OPERATOR",
                                    "siteIds", List.of(site)));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            var login = plant.anonymous()
                    .post("/api/v1/auth/token", Map.of("email", email, "password", "password-south-1"));
            assertThat(login.status()).as(login.toString()).isEqualTo(200);
            return plant.anonymous().withBearer(login.json().get("accessToken").asString());
        }
    }

    /** The fixture: a tenant, its two plants, their assets and history (see the class comment). */
    record Plant(TestTenants.Tenant tenant, Api anonymous, UUID p1, UUID p2, UUID a1, UUID a2, UUID b1) {

        static final ZoneId ZONE = ZoneId.of("America/Santiago");

        static Plant create(Api platformAdmin, Api anonymous) {
            var t = TestTenants.create(platformAdmin, anonymous, "Kpi");
            Api admin = t.admin();
            UUID p2 = site(admin, "P2", ZONE.getId());
            UUID a1 = asset(admin, t.siteId(), "A1", "pump", null);
            UUID a2 = asset(admin, t.siteId(), "A2", "motor", null);
            asset(admin, t.siteId(), "A3", "pump", "retired");
            UUID b1 = asset(admin, p2, "B1", "pump", null);
            history(
                    admin,
                    a1,
                    "2025-01-05T14:00:00Z",
                    "corrective",
                    "2025-01-05T10:00:00Z",
                    "VIB",
                    300,
                    "100.00",
                    "50.00");
            history(admin, a1, "2025-01-12T08:00:00Z", "corrective", null, "ELP", 120, "20.50", null);
            history(admin, a2, "2025-01-20T01:30:00Z", "corrective", "2025-01-20T00:00:00Z", "VIB", 60, null, "30.25");
            history(admin, a2, "2025-01-25T12:00:00Z", "preventive", null, null, 30, "10.00", "5.00");
            history(admin, a2, "2025-01-28T00:00:00Z", "corrective", null, null, null, null, null);
            history(admin, b1, "2025-01-15T12:00:00Z", "corrective", "2025-01-15T09:00:00Z", "NOI", 180, null, "40.00");
            history(admin, a1, "2025-02-10T12:00:00Z", "corrective", null, "VIB", 600, "999.00", null);
            return new Plant(t, anonymous, t.siteId(), p2, a1, a2, b1);
        }

        /** A new technician of the tenant. */
        static UUID technician(Api admin) {
            return TestTenants.id(created(admin.post(
                    "/api/v1/admin/users",
                    Map.of(
                            "email",
                            "tech-" + MaintenanceFixtures.unique().toLowerCase() + "@kpi.test",
                            "displayName",
                            "Técnica",
                            "password",
                            "password-tech-1",
                            "role",
                            "TECHNICIAN"))));
        }

        private static UUID asset(Api admin, UUID site, String code, String type, String status) {
            Map<String, Object> details =
                    new HashMap<>(Map.of("name", "Machine " + code, "type", type, "criticality", "A"));
            if (status != null) {
                details.put("status", status);
            }
            return TestTenants.id(created(admin.post(
                    "/api/v1/maintenance/assets", Map.of("siteId", site, "code", code, "details", details))));
        }

        private static void history(
                Api admin,
                UUID asset,
                String finishedAt,
                String workType,
                String startedAt,
                String mode,
                Integer downtime,
                String parts,
                String labour) {
            Map<String, Object> extra = new HashMap<>(Map.of("workType", workType));
            put(extra, "startedAt", startedAt);
            put(extra, "failureMode", mode);
            put(extra, "downtimeMinutes", downtime);
            put(extra, "partsCost", parts == null ? null : new java.math.BigDecimal(parts));
            put(extra, "labourCost", labour == null ? null : new java.math.BigDecimal(labour));
            created(record(admin, asset, finishedAt, extra));
        }

        private static void put(Map<String, Object> map, String key, Object value) {
            if (value != null) {
                map.put(key, value);
            }
        }
    }
}
