package org.millwright.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.millwright.assistant.Recordings;
import org.millwright.inference.InferenceEvents;
import org.millwright.inference.InferenceRecorded;
import org.millwright.platform.tenancy.TenantContext;
import org.millwright.support.Api;
import org.millwright.support.TestTenants;
import org.millwright.support.TestTenants.Tenant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Tenant A can neither read, list, update nor delete tenant B's objects through any endpoint.
 * Table-driven: every new endpoint that stores tenant data adds a row to {@link #resources}.
 */
public interface TenantIsolationContract {

    Api platformAdmin();

    Api anonymousClient();

    JdbcTemplate jdbc();

    ApplicationEventPublisher events();

    /** One kind of tenant-owned object: how B creates it and which routes A must be refused. */
    record Resource(
            String name,
            Function<Tenant, String> createInB,
            String listPath,
            boolean readable,
            Update update,
            List<String> extraPosts,
            boolean deletable) {}

    /** A change A attempts on B's object. */
    record Update(String method, String suffix, Map<String, Object> body) {}

    static List<Resource> resources() {
        return List.of(
                new Resource(
                        "site",
                        b -> created(
                                b.admin()
                                        .post(
                                                "/api/v1/sites",
                                                Map.of(
                                                        "code",
                                                        "S-" + unique(),
                                                        "name",
                                                        "B site",
                                                        "timeZone",
                                                        "America/Bogota")),
                                "/api/v1/sites/"),
                        "/api/v1/sites",
                        true,
                        new Update("PUT", "", Map.of("name", "taken over", "timeZone", "UTC")),
                        List.of(),
                        true),
                new Resource(
                        "user",
                        b -> created(
                                b.admin()
                                        .post(
                                                "/api/v1/admin/users",
                                                Map.of(
                                                        "email",
                                                        unique() + "@b.test",
                                                        "displayName",
                                                        "B user",
                                                        "password",
                                                        "password-123456",
                                                        "role",
                                                        "TECHNICIAN")),
                                "/api/v1/admin/users/"),
                        "/api/v1/admin/users",
                        true,
                        new Update("PUT", "", Map.of("displayName", "taken over", "role", "ADMIN")),
                        List.of("/password-reset-tokens"),
                        true),
                new Resource(
                        "api-key",
                        b -> created(
                                b.admin()
                                        .post("/api/v1/admin/api-keys", Map.of("name", "B key", "role", "OPERATOR"))
                                        .json()
                                        .get("key"),
                                "/api/v1/admin/api-keys/"),
                        "/api/v1/admin/api-keys",
                        false,
                        null,
                        List.of(),
                        true),
                new Resource(
                        "secret",
                        b -> {
                            String name = "b-secret-" + unique();
                            assertThat(b.admin()
                                            .put("/api/v1/admin/secrets/" + name, Map.of("value", "s3cret"))
                                            .status())
                                    .isEqualTo(200);
                            return "/api/v1/admin/secrets/" + name;
                        },
                        "/api/v1/admin/secrets",
                        false,
                        null,
                        List.of(),
                        true),
                new Resource(
                        "area",
                        b -> created(
                                b.admin()
                                        .post(
                                                "/api/v1/maintenance/areas",
                                                Map.of(
                                                        "siteId",
                                                        b.siteId(),
                                                        "code",
                                                        "A-" + unique(),
                                                        "name",
                                                        "B area")),
                                "/api/v1/maintenance/areas/"),
                        "/api/v1/maintenance/areas",
                        true,
                        new Update("PUT", "", Map.of("name", "taken over")),
                        List.of(),
                        true),
                new Resource(
                        "asset",
                        b -> created(
                                b.admin()
                                        .post(
                                                "/api/v1/maintenance/assets",
                                                Map.of(
                                                        "siteId",
                                                        b.siteId(),
                                                        "code",
                                                        "M-" + unique(),
                                                        "details",
                                                        Map.of("name", "B pump", "type", "pump", "criticality", "A"))),
                                "/api/v1/maintenance/assets/"),
                        "/api/v1/maintenance/assets",
                        true,
                        new Update("PUT", "", Map.of("name", "taken over", "type", "motor", "criticality", "C")),
                        List.of("/qr/rotate"),
                        true),
                new Resource(
                        "asset-status",
                        b -> created(
                                b.admin()
                                        .post(
                                                "/api/v1/maintenance/assets",
                                                Map.of(
                                                        "siteId",
                                                        b.siteId(),
                                                        "code",
                                                        "M-" + unique(),
                                                        "details",
                                                        Map.of(
                                                                "name",
                                                                "B motor",
                                                                "type",
                                                                "motor",
                                                                "criticality",
                                                                "B"))),
                                "/api/v1/maintenance/assets/"),
                        "/api/v1/maintenance/assets",
                        true,
                        new Update("PATCH", "/status", Map.of("status", "retired")),
                        List.of(),
                        false),
                new Resource(
                        "spare-part",
                        b -> created(
                                b.admin()
                                        .post(
                                                "/api/v1/maintenance/parts",
                                                Map.of(
                                                        "partNumber",
                                                        "SP-" + unique(),
                                                        "description",
                                                        "B part",
                                                        "unit",
                                                        "pcs")),
                                "/api/v1/maintenance/parts/"),
                        "/api/v1/maintenance/parts",
                        true,
                        new Update(
                                "PUT", "", Map.of("partNumber", "TAKEN", "description", "taken over", "unit", "pcs")),
                        List.of(),
                        true),
                new Resource(
                        "spare-part-stock",
                        b -> {
                            String part = stockedPart(b, 2, 5);
                            return "/api/v1/maintenance/parts/" + part + "/stock/" + b.siteId();
                        },
                        "/api/v1/maintenance/parts/low-stock",
                        true,
                        new Update("PUT", "", Map.of("minimum", 0, "binLocation", "taken")),
                        List.of(),
                        false),
                new Resource(
                        "work-order",
                        b -> workOrderIn(b, List.of()),
                        "/api/v1/maintenance/work-orders",
                        true,
                        new Update(
                                "PUT",
                                "",
                                Map.of("type", "CORRECTIVE", "priority", "LOW", "title", "taken over", "version", 0)),
                        List.of("/accept", "/start", "/resume", "/complete", "/close"),
                        false),
                new Resource(
                        "work-order-history",
                        b -> workOrderIn(b, List.of()) + "/history",
                        "/api/v1/maintenance/work-orders",
                        true,
                        null,
                        List.of(),
                        false),
                new Resource(
                        "work-order-attachment",
                        b -> {
                            var upload = b.admin()
                                    .upload(
                                            workOrderIn(b, List.of()) + "/attachments",
                                            "file",
                                            Map.of("b.json", ("{\"b\":\"" + unique() + "\"}").getBytes()),
                                            Map.of());
                            assertThat(upload.status()).as(upload.toString()).isEqualTo(201);
                            return upload.json().get("url").asString();
                        },
                        "/api/v1/maintenance/work-orders",
                        true,
                        null,
                        List.of(),
                        true),
                new Resource(
                        "asset-type",
                        b -> created(
                                b.admin()
                                        .post(
                                                "/api/v1/maintenance/asset-types",
                                                Map.of(
                                                        "code",
                                                        "b_" + unique().toLowerCase(),
                                                        "nameEn",
                                                        "B type",
                                                        "nameEs",
                                                        "Tipo B")),
                                "/api/v1/maintenance/asset-types/",
                                "code"),
                        "/api/v1/maintenance/asset-types",
                        true,
                        new Update("PUT", "", Map.of("nameEn", "taken over", "nameEs", "tomado", "active", false)),
                        List.of(),
                        true),
                new Resource(
                        "asset-photo",
                        b -> {
                            String asset = createAsset(b);
                            var photo = b.admin()
                                    .upload(
                                            asset + "/photos",
                                            "file",
                                            Map.of("b.png", png()),
                                            Map.of("caption", "B nameplate"));
                            return created(photo, asset + "/photos/");
                        },
                        "/api/v1/maintenance/assets",
                        true,
                        null,
                        List.of(),
                        true),
                new Resource(
                        "asset-meter",
                        b -> {
                            String asset = createAsset(b);
                            return created(
                                    b.admin().post(asset + "/meters", Map.of("name", "B hours", "kind", "hours")),
                                    asset + "/meters/");
                        },
                        "/api/v1/maintenance/assets",
                        true,
                        new Update("POST", "/readings", Map.of("value", 1000)),
                        List.of(),
                        false),
                new Resource(
                        "preventive-plan",
                        TenantIsolationContract::planIn,
                        "/api/v1/maintenance/plans",
                        true,
                        new Update(
                                "PUT",
                                "",
                                Map.of(
                                        "name",
                                        "taken over",
                                        "trigger",
                                        Map.of(
                                                "kind",
                                                "CALENDAR",
                                                "every",
                                                1,
                                                "unit",
                                                "DAYS",
                                                "startDate",
                                                "2030-01-01"))),
                        List.of("/generate", "/deactivate", "/activate"),
                        true),
                new Resource(
                        "preventive-plan-forecast",
                        b -> planIn(b) + "/forecast",
                        "/api/v1/maintenance/plans",
                        true,
                        null,
                        List.of(),
                        false),
                new Resource(
                        "preventive-plan-work-orders",
                        b -> {
                            String plan = planIn(b);
                            var run = b.admin().post(plan + "/generate", null);
                            assertThat(run.status()).as(run.toString()).isEqualTo(200);
                            return plan + "/work-orders";
                        },
                        "/api/v1/maintenance/plans",
                        true,
                        null,
                        List.of(),
                        false),
                new Resource(
                        "maintenance-request",
                        b -> {
                            String asset = createAsset(b);
                            String url = b.admin()
                                    .get(asset + "/qr")
                                    .json()
                                    .get("url")
                                    .asString();
                            var sent = b.admin()
                                    .upload(
                                            url.substring(url.indexOf("/r/")),
                                            "photo",
                                            Map.of("b.png", png()),
                                            Map.of("description", "B leak " + unique()));
                            assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
                            return "/api/v1/maintenance/requests/"
                                    + b.admin()
                                            .get("/api/v1/maintenance/requests?status=pending")
                                            .json()
                                            .get("items")
                                            .get(0)
                                            .get("id")
                                            .asString();
                        },
                        "/api/v1/maintenance/requests",
                        true,
                        new Update("POST", "/reject", Map.of("reason", "taken over")),
                        List.of(),
                        false),
                new Resource(
                        "maintenance-record",
                        b -> {
                            String asset = created(
                                    b.admin()
                                            .post(
                                                    "/api/v1/maintenance/assets",
                                                    Map.of(
                                                            "siteId",
                                                            b.siteId(),
                                                            "code",
                                                            "H-" + unique(),
                                                            "details",
                                                            Map.of(
                                                                    "name",
                                                                    "B pump",
                                                                    "type",
                                                                    "pump",
                                                                    "criticality",
                                                                    "A"))),
                                    "");
                            return created(
                                    b.admin()
                                            .post(
                                                    "/api/v1/maintenance/history",
                                                    Map.of(
                                                            "assetId",
                                                            asset,
                                                            "workType",
                                                            "corrective",
                                                            "finishedAt",
                                                            "2025-01-01T00:00:00Z",
                                                            "failureMode",
                                                            "VIB")),
                                    "/api/v1/maintenance/history/");
                        },
                        "/api/v1/maintenance/history",
                        true,
                        null,
                        List.of(),
                        true),
                new Resource(
                        "failure-code",
                        b -> {
                            String code = "ZB" + unique();
                            var added = b.admin()
                                    .post(
                                            "/api/v1/maintenance/failure-codes",
                                            Map.of(
                                                    "kind", "cause", "code", code, "nameEn", "B cause", "nameEs",
                                                    "Causa B"));
                            assertThat(added.status()).as(added.toString()).isEqualTo(201);
                            return "/api/v1/maintenance/failure-codes/cause/" + code;
                        },
                        "/api/v1/maintenance/failure-codes",
                        true,
                        new Update("PATCH", "", Map.of("active", false)),
                        List.of(),
                        false),
                new Resource(
                        "knowledge-document",
                        b -> {
                            var upload = b.admin()
                                    .upload(
                                            "/api/v1/knowledge/documents",
                                            Map.of(
                                                    "b-" + unique() + ".md",
                                                    ("# B manual " + unique() + "\n\nValve packing.").getBytes()),
                                            Map.of());
                            assertThat(upload.status()).as(upload.toString()).isEqualTo(202);
                            return "/api/v1/knowledge/documents/"
                                    + upload.json()
                                            .get(0)
                                            .get("document")
                                            .get("id")
                                            .asString();
                        },
                        "/api/v1/knowledge/documents",
                        true,
                        null,
                        List.of(),
                        true),
                new Resource(
                        "knowledge-image",
                        b -> {
                            var upload = b.admin()
                                    .upload(
                                            "/api/v1/knowledge/images",
                                            "file",
                                            Map.of("b-" + unique() + ".png", png()),
                                            Map.of("caption", "B valve " + unique()));
                            assertThat(upload.status()).as(upload.toString()).isEqualTo(202);
                            return "/api/v1/knowledge/images/"
                                    + upload.json().get("image").get("id").asString();
                        },
                        "/api/v1/knowledge/images",
                        true,
                        null,
                        List.of(),
                        true),
                new Resource(
                        "knowledge-reindex-job",
                        b -> {
                            var job = b.admin().post("/api/v1/knowledge/reindex", null);
                            assertThat(job.status()).as(job.toString()).isEqualTo(202);
                            return "/api/v1/jobs/" + job.json().get("id").asString();
                        },
                        "/api/v1/jobs",
                        true,
                        null,
                        List.of(),
                        false),
                new Resource(
                        "assistant-conversation",
                        b -> created(
                                b.admin()
                                        .post(
                                                "/api/v1/assistant/conversations",
                                                Map.of("type", "general", "title", "B pump noise")),
                                "/api/v1/assistant/conversations/"),
                        "/api/v1/assistant/conversations",
                        true,
                        new Update("POST", "/reset", Map.of()),
                        List.of(),
                        true),
                new Resource(
                        "job",
                        b -> {
                            var job = b.admin().post("/api/v1/admin/exports", null);
                            assertThat(job.status()).as(job.toString()).isEqualTo(202);
                            return "/api/v1/jobs/" + job.json().get("id").asString();
                        },
                        "/api/v1/jobs",
                        true,
                        null,
                        List.of(),
                        false));
    }

    @TestFactory
    default Stream<DynamicTest> tenantACannotTouchTenantBObjects() {
        Tenant a = TestTenants.create(platformAdmin(), anonymousClient(), "A");
        Tenant b = TestTenants.create(platformAdmin(), anonymousClient(), "B");
        List<DynamicTest> tests = new ArrayList<>();
        for (Resource r : resources()) {
            String path = r.createInB().apply(b);
            String id = path.substring(path.lastIndexOf('/') + 1);
            String before = r.readable() ? stable(b.admin().get(path)) : null;
            if (r.readable()) {
                tests.add(DynamicTest.dynamicTest(
                        r.name() + ": read",
                        () -> assertThat(a.admin().get(path).status()).isEqualTo(404)));
            }
            tests.add(DynamicTest.dynamicTest(
                    r.name() + ": list",
                    () -> assertThat(a.admin().get(r.listPath() + "?size=200").text())
                            .doesNotContain(id)));
            if (r.update() != null) {
                tests.add(DynamicTest.dynamicTest(r.name() + ": update", () -> {
                    var body = r.update().body();
                    var response = switch (r.update().method()) {
                        case "PUT" -> a.admin().put(path + r.update().suffix(), body);
                        case "POST" -> a.admin().post(path + r.update().suffix(), body);
                        default -> a.admin().patch(path + r.update().suffix(), body);
                    };
                    assertThat(response.status()).as(response.toString()).isEqualTo(404);
                }));
            }
            for (String extra : r.extraPosts()) {
                tests.add(DynamicTest.dynamicTest(
                        r.name() + ": POST " + extra,
                        () -> assertThat(a.admin().post(path + extra, null).status())
                                .isEqualTo(404)));
            }
            if (r.deletable()) {
                tests.add(DynamicTest.dynamicTest(
                        r.name() + ": delete",
                        () -> assertThat(a.admin().delete(path).status()).isEqualTo(404)));
            }
            if (r.readable()) {
                tests.add(DynamicTest.dynamicTest(r.name() + ": unchanged for B", () -> {
                    var after = b.admin().get(path);
                    assertThat(after.status()).isEqualTo(200);
                    if (!r.name().endsWith("job")
                            && !Set.of("knowledge-document", "knowledge-image").contains(r.name())) {
                        assertThat(stable(after)).isEqualTo(before);
                    }
                }));
            } else {
                tests.add(DynamicTest.dynamicTest(
                        r.name() + ": still listed for B",
                        () -> assertThat(b.admin()
                                        .get(r.listPath() + "?size=200")
                                        .text())
                                .contains(id)));
            }
        }
        return tests.stream();
    }

    @Test
    default void inferenceAuditUsageAndQuotaStayInsideTheTenant() {
        Tenant a = TestTenants.create(platformAdmin(), anonymousClient(), "A");
        Tenant b = TestTenants.create(platformAdmin(), anonymousClient(), "B");
        UUID conversation = UUID.randomUUID();
        String model = "b-model-" + unique();
        InferenceRecorded event = InferenceEvents.of(b.id())
                .conversation(conversation)
                .model(model)
                .prompt("B's secret question " + model)
                .tokens(400, 100)
                .build();
        TenantContext.run(b.id(), () -> events().publishEvent(event));
        String row = "/api/v1/inference/audit/" + event.id();
        String bRow = b.admin().get(row).text();
        assertThat(b.admin()
                        .put("/api/v1/inference/quota", Map.of("monthlyTokenQuota", 1_000_000))
                        .status())
                .isEqualTo(200);

        for (Api caller : List.of(a.admin(), a.admin().withHeader("X-Tenant-Id", b.id().toString()))) {
            assertThat(caller.get(row).status()).isEqualTo(404);
            var list = caller.get("/api/v1/inference/audit?size=200");
            assertThat(list.status()).isEqualTo(200);
            assertThat(list.text()).doesNotContain(event.id().toString()).doesNotContain(model);
            assertThat(caller.get("/api/v1/inference/audit?conversationId=" + conversation)
                            .json()
                            .get("totalItems")
                            .asInt())
                    .isZero();
            var csv = caller.get("/api/v1/inference/audit.csv");
            assertThat(csv.status()).isEqualTo(200);
            assertThat(csv.text()).doesNotContain(event.id().toString()).doesNotContain(model);
            var usage = caller.get("/api/v1/inference/usage?groupBy=model");
            assertThat(usage.status()).isEqualTo(200);
            assertThat(usage.text()).doesNotContain(model);
            assertThat(usage.json().get("total").get("requests").asLong()).isZero();
            JsonNode quota = caller.get("/api/v1/inference/quota").json();
            assertThat(quota.get("used").asLong()).isZero();
            assertThat(quota.get("tenantQuota").isNull()).isTrue();
        }
        assertThat(a.admin()
                        .put("/api/v1/inference/quota", Map.of("monthlyTokenQuota", 1))
                        .status())
                .isEqualTo(200);
        JsonNode bQuota = b.admin().get("/api/v1/inference/quota").json();
        assertThat(bQuota.get("tenantQuota").asLong()).isEqualTo(1_000_000);
        assertThat(bQuota.get("used").asLong()).isEqualTo(500);
        assertThat(b.admin().get(row).text()).isEqualTo(bRow);
        assertThat(b.admin()
                        .get("/api/v1/inference/usage")
                        .json()
                        .get("total")
                        .get("requests")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    default void objectsCannotReferenceAnotherTenantsSite() {
        Tenant a = TestTenants.create(platformAdmin(), anonymousClient(), "A");
        Tenant b = TestTenants.create(platformAdmin(), anonymousClient(), "B");
        var area = a.admin().post("/api/v1/maintenance/areas", Map.of("siteId", b.siteId(), "code", "X", "name", "x"));
        var asset = a.admin()
                .post(
                        "/api/v1/maintenance/assets",
                        Map.of(
                                "siteId",
                                b.siteId(),
                                "code",
                                "X-1",
                                "details",
                                Map.of("name", "x", "type", "pump", "criticality", "A")));
        var user = a.admin()
                .post(
                        "/api/v1/admin/users",
                        Map.of(
                                "email",
                                unique() + "@a.test",
                                "displayName",
                                "x",
                                "password",
                                "password-123456",
                                "role",
                                "OPERATOR",
                                "siteIds",
                                List.of(b.siteId())));
        assertThat(List.of(area.status(), asset.status(), user.status())).containsOnly(400);
        assertThat(b.admin()
                        .get("/api/v1/maintenance/areas")
                        .json()
                        .get("totalItems")
                        .asInt())
                .isZero();
    }

    @Test
    default void auditAndTenantAdminRoutesStayInsideTheTenant() {
        Tenant a = TestTenants.create(platformAdmin(), anonymousClient(), "A");
        Tenant b = TestTenants.create(platformAdmin(), anonymousClient(), "B");
        assertThat(a.admin().get("/api/v1/admin/audit?size=200").text())
                .doesNotContain(b.siteId().toString());
        assertThat(b.admin().get("/api/v1/admin/audit?size=200").text())
                .contains(b.siteId().toString());
        assertThat(a.admin().get("/api/v1/admin/tenants/" + b.id()).status()).isEqualTo(403);
        assertThat(a.admin().delete("/api/v1/admin/tenants/" + b.id()).status()).isEqualTo(403);
        assertThat(a.admin()
                        .withHeader("X-Tenant-Id", b.id().toString())
                        .get("/api/v1/sites")
                        .text())
                .doesNotContain(b.siteId().toString());
    }

    @Test
    default void workOrderMovesAndItemsStayInsideTheTenant() {
        Tenant a = TestTenants.create(platformAdmin(), anonymousClient(), "A");
        Tenant b = TestTenants.create(platformAdmin(), anonymousClient(), "B");
        String path = workOrderIn(b, List.of("B task"));
        var before = b.admin().get(path).json();
        String item = before.get("checklist").get(0).get("id").asString();
        String history = b.admin().get(path + "/history").text();
        String assetId = before.get("assetId").asString();
        Map<String, Api.Response> attempts = new java.util.LinkedHashMap<>();
        attempts.put("assign", a.admin().post(path + "/assign", Map.of("userIds", List.of(UUID.randomUUID()))));
        attempts.put("decline", a.admin().post(path + "/decline", Map.of("reason", "x")));
        attempts.put("hold", a.admin().post(path + "/hold", Map.of("reason", "x")));
        attempts.put("cancel", a.admin().post(path + "/cancel", Map.of("reason", "x")));
        attempts.put("add task", a.admin().post(path + "/checklist", Map.of("task", "x")));
        attempts.put("tick task", a.admin().patch(path + "/checklist/" + item, Map.of("done", true)));
        attempts.put("remove task", a.admin().delete(path + "/checklist/" + item));
        attempts.put("add labour", a.admin().post(path + "/labour", Map.of("minutes", 10)));
        attempts.put("remove labour", a.admin().delete(path + "/labour/" + UUID.randomUUID()));
        attempts.put("add part", a.admin().post(path + "/parts", Map.of("partNumber", "X", "quantity", 1)));
        attempts.put("remove part", a.admin().delete(path + "/parts/" + UUID.randomUUID()));
        attempts.put("comment", a.admin().post(path + "/comments", Map.of("text", "x")));
        attempts.put(
                "attach", a.admin().upload(path + "/attachments", "file", Map.of("x.txt", "x".getBytes()), Map.of()));
        attempts.forEach((what, response) ->
                assertThat(response.status()).as(what + ": " + response).isEqualTo(404));
        var onTheirAsset = a.admin()
                .post(
                        "/api/v1/maintenance/work-orders",
                        Map.of("assetId", assetId, "type", "CORRECTIVE", "priority", "LOW", "title", "x"));
        assertThat(onTheirAsset.status()).isEqualTo(400);
        assertThat(a.admin()
                        .get("/api/v1/maintenance/work-orders?assetId=" + assetId)
                        .json()
                        .get("totalItems")
                        .asInt())
                .isZero();
        String id = path.substring(path.lastIndexOf('/') + 1);
        assertThat(a.admin()
                        .get("/api/v1/maintenance/work-orders/overdue?size=200")
                        .text())
                .doesNotContain(id);
        assertThat(b.admin().get(path).json()).isEqualTo(before);
        assertThat(b.admin().get(path + "/history").text()).isEqualTo(history);
    }

    @Test
    default void knowledgeSearchAndFilesStayInsideTheTenant() {
        Tenant a = TestTenants.create(platformAdmin(), anonymousClient(), "A");
        Tenant b = TestTenants.create(platformAdmin(), anonymousClient(), "B");
        String word = "zq" + unique().toLowerCase();
        var note = b.admin()
                .post("/api/v1/knowledge/notes", Map.of("text", "Secret fix: tighten the " + word + " clamp."));
        assertThat(note.status()).isEqualTo(202);
        String documentId = note.json().get("document").get("id").asString();
        var job = PlatformStorageContract.awaitJob(
                b.admin(), note.json().get("document").get("jobId").asString());
        assertThat(job.get("state").asString()).isEqualTo("completed");
        assertThat(b.admin()
                        .get("/api/v1/knowledge/search?mode=bm25&q=" + word)
                        .json()
                        .size())
                .isEqualTo(1);
        assertThat(a.admin()
                        .get("/api/v1/knowledge/search?mode=bm25&q=" + word)
                        .json()
                        .size())
                .isZero();
        assertThat(a.admin().get("/api/v1/knowledge/search?q=" + word).text()).doesNotContain(documentId);
        assertThat(a.admin()
                        .get("/api/v1/knowledge/documents/" + documentId + "/file")
                        .status())
                .isEqualTo(404);
    }

    @Test
    default void assistantQuestionsAndProfilesStayInsideTheTenant() {
        Tenant a = TestTenants.create(platformAdmin(), anonymousClient(), "A");
        Tenant b = TestTenants.create(platformAdmin(), anonymousClient(), "B");
        String conversation = b.admin()
                .post("/api/v1/assistant/conversations", Map.of())
                .json()
                .get("id")
                .asString();
        var ask = a.admin()
                .post(
                        "/api/v1/assistant/ask",
                        Map.of("question", "how to align a pump?", "conversationId", conversation));
        assertThat(ask.status()).as(ask.toString()).isEqualTo(404);
        var stream = a.admin()
                .post(
                        "/api/v1/assistant/ask/stream",
                        Map.of("question", "how to align a pump?", "conversationId", conversation));
        assertThat(stream.status()).isEqualTo(404);
        var voice = a.admin()
                .upload(
                        "/api/v1/assistant/ask/voice",
                        "audio",
                        Map.of("question.wav", Recordings.silentWav(100)),
                        Map.of("conversationId", conversation));
        assertThat(voice.status()).as(voice.toString()).isEqualTo(404);
        assertThat(a.admin()
                        .get("/api/v1/assistant/conversations?all=true&size=200")
                        .text())
                .doesNotContain(conversation);
        assertThat(b.admin()
                        .get("/api/v1/assistant/conversations/" + conversation)
                        .json()
                        .get("turns")
                        .size())
                .isZero();
        assertThat(b.admin()
                        .put("/api/v1/assistant/profile", Map.of("persona", "B speaks like a sailor"))
                        .status())
                .isEqualTo(200);
        assertThat(a.admin().get("/api/v1/assistant/profile").text()).doesNotContain("sailor");
    }

    @Test
    default void assetTimelinesStayInsideTheTenant() {
        Tenant a = TestTenants.create(platformAdmin(), anonymousClient(), "A");
        Tenant b = TestTenants.create(platformAdmin(), anonymousClient(), "B");
        var asset = b.admin()
                .post(
                        "/api/v1/maintenance/assets",
                        Map.of(
                                "siteId",
                                b.siteId(),
                                "code",
                                "TL-" + unique(),
                                "details",
                                Map.of("name", "B pump", "type", "pump", "criticality", "A")));
        String timeline = "/api/v1/maintenance/assets/" + asset.json().get("id").asString() + "/timeline";
        assertThat(b.admin()
                        .post(timeline + "/notes", Map.of("text", "B's own note"))
                        .status())
                .isEqualTo(201);
        assertThat(a.admin().get(timeline).status()).isEqualTo(404);
        assertThat(a.admin()
                        .post(timeline + "/notes", Map.of("text", "planted"))
                        .status())
                .isEqualTo(404);
        assertThat(b.admin().get(timeline).json().get("totalItems").asInt()).isEqualTo(1);
    }

    @Test
    default void maintenanceKpisNeverCountAnotherTenantsRecordsOrWorkOrders() {
        Tenant a = TestTenants.create(platformAdmin(), anonymousClient(), "A");
        Tenant b = TestTenants.create(platformAdmin(), anonymousClient(), "B");
        String asset = created(
                b.admin()
                        .post(
                                "/api/v1/maintenance/assets",
                                Map.of(
                                        "siteId",
                                        b.siteId(),
                                        "code",
                                        "K-" + unique(),
                                        "details",
                                        Map.of("name", "B pump", "type", "pump", "criticality", "A"))),
                "");
        created(
                b.admin()
                        .post(
                                "/api/v1/maintenance/history",
                                Map.of(
                                        "assetId", asset,
                                        "workType", "corrective",
                                        "finishedAt", "2025-01-10T12:00:00Z",
                                        "failureMode", "VIB",
                                        "downtimeMinutes", 60)),
                "");
        created(
                b.admin()
                        .post(
                                "/api/v1/maintenance/work-orders",
                                Map.of(
                                        "assetId", asset,
                                        "type", "PREVENTIVE",
                                        "priority", "LOW",
                                        "title", "B service",
                                        "estimatedMinutes", 30)),
                "");
        String kpis = "/api/v1/maintenance/kpis?from=2025-01-01&to=2025-01-31";

        for (Api caller : List.of(a.admin(), a.admin().withHeader("X-Tenant-Id", b.id().toString()))) {
            var own = caller.get(kpis + "&groupBy=asset");
            assertThat(own.status()).as(own.toString()).isEqualTo(200);
            JsonNode total = own.json().get("total");
            assertThat(total.get("assets").asInt()).isZero();
            assertThat(total.get("failures").asInt()).isZero();
            assertThat(total.get("downtimeHours").asDouble()).isZero();
            assertThat(total.get("backlog").get("workOrders").asInt()).isZero();
            assertThat(own.json().get("groups")).isEmpty();
            assertThat(own.text()).doesNotContain(asset);
        }
        assertThat(a.admin().get(kpis + "&siteId=" + b.siteId()).status()).isEqualTo(404);
        assertThat(a.admin().get(kpis + "&assetId=" + asset).status()).isEqualTo(404);

        JsonNode theirs = b.admin().get(kpis + "&groupBy=asset").json();
        assertThat(theirs.get("total").get("failures").asInt()).isEqualTo(1);
        assertThat(theirs.get("total").get("backlog").get("workOrders").asInt()).isEqualTo(1);
        assertThat(theirs.get("groups").get(0).get("key").asString()).isEqualTo(asset);
    }

    @Test
    default void knowledgeImagesStayInsideTheTenant() {
        Tenant a = TestTenants.create(platformAdmin(), anonymousClient(), "A");
        Tenant b = TestTenants.create(platformAdmin(), anonymousClient(), "B");
        String word = "zq" + unique().toLowerCase();
        var upload = b.admin()
                .upload("/api/v1/knowledge/images", "file", Map.of("b.png", png()), Map.of("caption", "Gauge " + word));
        assertThat(upload.status()).as(upload.toString()).isEqualTo(202);
        String id = upload.json().get("image").get("id").asString();
        var job = PlatformStorageContract.awaitJob(
                b.admin(), upload.json().get("image").get("jobId").asString());
        assertThat(job.get("state").asString()).isEqualTo("completed");
        String file = "/api/v1/knowledge/images/" + id + "/file";
        assertThat(a.admin().get(file).status()).isEqualTo(404);
        assertThat(a.admin().get("/api/v1/knowledge/images/" + id).status()).isEqualTo(404);
        assertThat(a.admin().delete("/api/v1/knowledge/images/" + id).status()).isEqualTo(404);
        assertThat(a.admin().get("/api/v1/knowledge/images?size=200").text()).doesNotContain(id);
        assertThat(a.admin()
                        .get("/api/v1/knowledge/search?mode=bm25&kind=image&q=" + word)
                        .json()
                        .size())
                .isZero();
        assertThat(b.admin()
                        .get("/api/v1/knowledge/search?mode=bm25&kind=image&q=" + word)
                        .json()
                        .get(0)
                        .get("imageUrl")
                        .asString())
                .isEqualTo(file);
        assertThat(b.admin().get(file).status()).isEqualTo(200);
    }

    @Test
    default void assetFilesQrCodesAndRequestsStayInsideTheTenant() {
        Tenant a = TestTenants.create(platformAdmin(), anonymousClient(), "A");
        Tenant b = TestTenants.create(platformAdmin(), anonymousClient(), "B");
        String asset = createAsset(b);
        String photo = b.admin()
                .upload(asset + "/photos", "file", Map.of("b.png", png()), Map.of())
                .json()
                .get("url")
                .asString();
        String url = b.admin().get(asset + "/qr").json().get("url").asString();
        var sent = b.admin()
                .upload(url.substring(url.indexOf("/r/")), "photo", Map.of("b.png", png()), Map.of("description", "B"));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
        JsonNode request = b.admin()
                .get("/api/v1/maintenance/requests")
                .json()
                .get("items")
                .get(0);
        String assetId = asset.substring(asset.lastIndexOf('/') + 1);

        for (String path : List.of(
                photo,
                asset + "/photos",
                asset + "/meters",
                asset + "/qr",
                asset + "/qr.png",
                asset + "/qr.svg",
                request.get("photoUrl").asString())) {
            assertThat(a.admin().get(path).status()).as(path).isEqualTo(404);
        }
        assertThat(a.admin()
                        .upload(asset + "/photos", "file", Map.of("a.png", png()), Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(a.admin()
                        .post(asset + "/meters", Map.of("name", "A hours", "kind", "hours"))
                        .status())
                .isEqualTo(404);
        assertThat(a.admin()
                        .get("/api/v1/maintenance/requests?assetId=" + assetId)
                        .json()
                        .get("totalItems")
                        .asInt())
                .isZero();
        assertThat(b.admin().get(photo).status()).isEqualTo(200);
        assertThat(b.admin().get(asset + "/qr").json().get("url").asString())
                .as("A's attempts changed nothing")
                .isEqualTo(url);
    }

    @Test
    default void aTenantsIndexRebuildNeverTouchesAnotherTenantsPassages() {
        Tenant a = TestTenants.create(platformAdmin(), anonymousClient(), "A");
        Tenant b = TestTenants.create(platformAdmin(), anonymousClient(), "B");
        String word = "zt" + unique().toLowerCase();
        for (Tenant t : List.of(a, b)) {
            var note = t.admin()
                    .post("/api/v1/knowledge/notes", Map.of("text", "Check the " + word + " coupling for wear."));
            assertThat(note.status()).isEqualTo(202);
            var job = PlatformStorageContract.awaitJob(
                    t.admin(), note.json().get("document").get("jobId").asString());
            assertThat(job.get("state").asString()).isEqualTo("completed");
        }
        // both tenants' passages look as if embedded by a model no longer configured
        jdbc().update(
                        "update knowledge_chunks set embedding_model = 'retired-model' where tenant_id in (?, ?)",
                        a.id(),
                        b.id());
        String bBefore = jdbc().queryForList(
                        "select id, embedding, embedding_model, updated_at, version from knowledge_chunks"
                                + " where tenant_id = ? order by id",
                        b.id())
                .toString();

        // A's admin (not a platform admin: X-Tenant-Id is ignored) rebuilds A's index
        var started = a.admin().withHeader("X-Tenant-Id", b.id().toString()).post("/api/v1/knowledge/reindex", null);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        var job = PlatformStorageContract.awaitJob(
                a.admin(), started.json().get("id").asString());
        assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("completed");
        int aChunks = jdbc().queryForObject(
                        "select count(*) from knowledge_chunks where tenant_id = ?", Integer.class, a.id());
        assertThat(job.get("result").get("reembedded").asInt()).isEqualTo(aChunks);
        assertThat(job.get("result").get("indexedChunks").asInt()).isEqualTo(aChunks);
        assertThat(jdbc().queryForObject(
                                "select count(*) from knowledge_chunks where tenant_id = ? and embedding_model = 'retired-model'",
                                Integer.class,
                                a.id()))
                .isZero();

        assertThat(jdbc().queryForList(
                                "select id, embedding, embedding_model, updated_at, version from knowledge_chunks"
                                        + " where tenant_id = ? order by id",
                                b.id())
                        .toString())
                .isEqualTo(bBefore)
                .contains("retired-model");
        assertThat(b.admin()
                        .get("/api/v1/jobs/" + started.json().get("id").asString())
                        .status())
                .isEqualTo(404);
        assertThat(b.admin()
                        .get("/api/v1/knowledge/search?mode=bm25&q=" + word)
                        .json()
                        .size())
                .isEqualTo(1);
    }

    @Test
    default void sparePartMovementsStayInsideTheTenant() {
        Tenant a = TestTenants.create(platformAdmin(), anonymousClient(), "A");
        Tenant b = TestTenants.create(platformAdmin(), anonymousClient(), "B");
        String bPart = stockedPart(b, 5, 0);
        String aPart = stockedPart(a, 1, 0);
        String parts = "/api/v1/maintenance/parts/";
        var receipt = Map.<String, Object>of("siteId", a.siteId(), "kind", "RECEIPT", "quantity", 3);
        var intoB = Map.<String, Object>of("siteId", b.siteId(), "kind", "RECEIPT", "quantity", 3);
        assertThat(a.admin().post(parts + bPart + "/movements", receipt).status())
                .isEqualTo(404);
        assertThat(a.admin().post(parts + bPart + "/movements", intoB).status()).isEqualTo(404);
        assertThat(a.admin().post(parts + aPart + "/movements", intoB).status()).isEqualTo(400);
        assertThat(a.admin().get(parts + bPart + "/movements").status()).isEqualTo(404);
        assertThat(a.admin().get(parts + aPart + "/stock/" + b.siteId()).status())
                .isEqualTo(404);
        assertThat(a.admin()
                        .put(parts + aPart + "/stock/" + b.siteId(), Map.of("minimum", 1))
                        .status())
                .isEqualTo(404);
        assertThat(a.admin().get(parts + "low-stock?siteId=" + b.siteId()).status())
                .isEqualTo(400);
        assertThat(a.admin()
                        .get("/api/v1/maintenance/parts?siteId=" + b.siteId())
                        .status())
                .isEqualTo(400);
        assertThat(b.admin()
                        .get(parts + bPart + "/stock/" + b.siteId())
                        .json()
                        .get("onHand")
                        .asInt())
                .isEqualTo(5);
        assertThat(b.admin()
                        .get(parts + bPart + "/movements")
                        .json()
                        .get("totalItems")
                        .asInt())
                .isEqualTo(1);
        assertThat(jdbc().queryForObject(
                                "select count(*) from spare_part_stock where tenant_id = ? and site_id = ?",
                                Integer.class,
                                a.id(),
                                b.siteId()))
                .isZero();
    }

    /**
     * Feedback and verified fixes of B (written straight to the database: answers are made by the
     * conversations) are neither listed to A nor withdrawn by A, and B's answers take no feedback from A.
     */
    @Test
    default void assistantFeedbackAndVerifiedFixesStayInsideTheTenant() {
        Tenant a = TestTenants.create(platformAdmin(), anonymousClient(), "A");
        Tenant b = TestTenants.create(platformAdmin(), anonymousClient(), "B");
        String assetPath = createAsset(b);
        UUID asset = UUID.fromString(assetPath.substring(assetPath.lastIndexOf('/') + 1));
        UUID conversation = UUID.randomUUID();
        UUID turn = UUID.randomUUID();
        UUID feedback = UUID.randomUUID();
        UUID fix = UUID.randomUUID();
        var now = java.sql.Timestamp.from(java.time.Instant.now());
        jdbc().update(
                        "insert into assistant_feedback (id, tenant_id, conversation_id, turn_id, user_id, helpful,"
                                + " confirmed_fix, confirms, asset_id, site_id, question, answer, given_at, created_at,"
                                + " updated_at, version) values (?, ?, ?, ?, ?, false, false, false, ?, ?, 'q', 'a', ?, ?, ?, 0)",
                        feedback,
                        b.id(),
                        conversation,
                        turn,
                        UUID.randomUUID(),
                        asset,
                        b.siteId(),
                        now,
                        now,
                        now);
        jdbc().update(
                        "insert into assistant_verified_fixes (id, tenant_id, conversation_id, turn_id, asset_id, asset_type,"
                                + " site_id, question, answer, cited_chunk_ids, confirmed_by, confirmed_at, created_at,"
                                + " updated_at, version) values (?, ?, ?, ?, ?, 'pump', ?, 'q', 'a', '', ?, ?, ?, ?, 0)",
                        fix,
                        b.id(),
                        conversation,
                        turn,
                        asset,
                        b.siteId(),
                        UUID.randomUUID(),
                        now,
                        now,
                        now);

        assertThat(a.admin().get("/api/v1/assistant/feedback?size=200").text()).doesNotContain(feedback.toString());
        assertThat(a.admin()
                        .get("/api/v1/assistant/feedback?assetId=" + asset)
                        .json()
                        .get("totalItems")
                        .asInt())
                .isZero();
        assertThat(a.admin().get("/api/v1/assistant/verified-fixes?size=200").text())
                .doesNotContain(fix.toString());
        assertThat(a.admin()
                        .get("/api/v1/assistant/verified-fixes?assetType=pump")
                        .text())
                .doesNotContain(fix.toString());
        assertThat(a.admin().delete("/api/v1/assistant/verified-fixes/" + fix).status())
                .isEqualTo(404);
        assertThat(a.admin()
                        .post(
                                "/api/v1/assistant/feedback",
                                Map.of("conversationId", conversation, "turnId", turn, "helpful", true))
                        .status())
                .isEqualTo(404);

        assertThat(b.admin().get("/api/v1/assistant/feedback?helpful=false").text())
                .contains(feedback.toString());
        assertThat(b.admin()
                        .get("/api/v1/assistant/verified-fixes?assetId=" + asset)
                        .text())
                .contains(fix.toString());
        assertThat(b.admin().delete("/api/v1/assistant/verified-fixes/" + fix).status())
                .isEqualTo(204);
    }

    @Test
    default void aTenantsChatModelConfigurationStaysInsideTheTenant() {
        Tenant a = TestTenants.create(platformAdmin(), anonymousClient(), "A");
        Tenant b = TestTenants.create(platformAdmin(), anonymousClient(), "B");
        String path = "/api/v1/inference/config";
        var put = b.admin()
                .put(
                        path,
                        Map.of(
                                "provider", "openai",
                                "baseUrl", "http://b-llm:8000/v1",
                                "model", "b-model",
                                "apiKey", "sk-b-secret"));
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        String before = b.admin().get(path).text();

        for (Api caller : List.of(a.admin(), a.admin().withHeader("X-Tenant-Id", b.id().toString()))) {
            var read = caller.get(path);
            assertThat(read.status()).isEqualTo(404);
            assertThat(read.text()).doesNotContain("b-model").doesNotContain("b-llm");
            assertThat(caller.delete(path).status()).isEqualTo(404);
        }
        var own = a.admin()
                .withHeader("X-Tenant-Id", b.id().toString())
                .put(path, Map.of("provider", "ollama", "baseUrl", "http://a-llm:11434", "model", "a-model"));
        assertThat(own.status()).isEqualTo(200);
        assertThat(a.admin().get(path).json().get("model").asString()).isEqualTo("a-model");
        assertThat(b.admin().get(path).text()).isEqualTo(before).doesNotContain("sk-b-secret");
        assertThat(jdbc().queryForObject(
                                "select count(*) from inference_model_configs where tenant_id = ?",
                                Integer.class,
                                b.id()))
                .isEqualTo(1);
    }

    /** A part of the tenant with {@code onHand} received at its site and a minimum stock there. */
    private static String stockedPart(Tenant t, int onHand, int minimum) {
        String parts = "/api/v1/maintenance/parts/";
        String part = created(
                t.admin()
                        .post(
                                "/api/v1/maintenance/parts",
                                Map.of("partNumber", "SP-" + unique(), "description", "part", "unit", "pcs")),
                "");
        var receipt = t.admin()
                .post(parts + part + "/movements", Map.of("siteId", t.siteId(), "kind", "RECEIPT", "quantity", onHand));
        assertThat(receipt.status()).as(receipt.toString()).isEqualTo(201);
        var minimumSet = t.admin().put(parts + part + "/stock/" + t.siteId(), Map.of("minimum", minimum));
        assertThat(minimumSet.status()).as(minimumSet.toString()).isEqualTo(200);
        return part;
    }

    /** A work order of B's on a new asset of B's, with these checklist tasks; its path. */
    private static String workOrderIn(Tenant b, List<String> checklist) {
        String asset = created(
                b.admin()
                        .post(
                                "/api/v1/maintenance/assets",
                                Map.of(
                                        "siteId",
                                        b.siteId(),
                                        "code",
                                        "W-" + unique(),
                                        "details",
                                        Map.of("name", "B fan", "type", "fan", "criticality", "B"))),
                "");
        return created(
                b.admin()
                        .post(
                                "/api/v1/maintenance/work-orders",
                                Map.of(
                                        "assetId",
                                        asset,
                                        "type",
                                        "CORRECTIVE",
                                        "priority",
                                        "HIGH",
                                        "title",
                                        "B work " + unique(),
                                        "checklist",
                                        checklist)),
                "/api/v1/maintenance/work-orders/");
    }

    private static String created(tools.jackson.databind.JsonNode body, String prefix) {
        return prefix + body.get("id").asString();
    }

    private static String created(Api.Response response, String prefix) {
        return created(response, prefix, "id");
    }

    private static String created(Api.Response response, String prefix, String idField) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return prefix + response.json().get(idField).asString();
    }

    /** A new preventive plan of B (weekly from today, on a new asset), as its path. */
    private static String planIn(Tenant b) {
        String asset = createAsset(b);
        return created(
                b.admin()
                        .post(
                                "/api/v1/maintenance/plans",
                                Map.of(
                                        "assetId",
                                        asset.substring(asset.lastIndexOf('/') + 1),
                                        "name",
                                        "B plan " + unique(),
                                        "trigger",
                                        Map.of(
                                                "kind",
                                                "CALENDAR",
                                                "every",
                                                1,
                                                "unit",
                                                "WEEKS",
                                                "startDate",
                                                java.time.LocalDate.now(java.time.ZoneId.of("America/Santiago"))
                                                        .toString()))),
                "/api/v1/maintenance/plans/");
    }

    /** A new asset of B, as its path. */
    private static String createAsset(Tenant b) {
        return created(
                b.admin()
                        .post(
                                "/api/v1/maintenance/assets",
                                Map.of(
                                        "siteId",
                                        b.siteId(),
                                        "code",
                                        "M-" + unique(),
                                        "details",
                                        Map.of("name", "B machine", "type", "pump", "criticality", "B"))),
                "/api/v1/maintenance/assets/");
    }

    /** The body without fields that change by themselves (a plant's wall-clock time). */
    private static String stable(Api.Response response) {
        var json = (tools.jackson.databind.node.ObjectNode) response.json();
        json.remove("localTime");
        json.remove("asOf");
        return json.toString();
    }

    /** A small PNG of its own (distinct bytes each time). */
    private static byte[] png() {
        var image = new java.awt.image.BufferedImage(16, 16, java.awt.image.BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, UUID.randomUUID().hashCode() & 0xFFFFFF);
        image.setRGB(15, 15, UUID.randomUUID().hashCode() & 0xFFFFFF);
        var out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
