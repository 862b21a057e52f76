package org.millwright.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.millwright.maintenance.AssetExtensionsContract.asset;
import static org.millwright.maintenance.AssetExtensionsContract.created;
import static org.millwright.maintenance.AssetExtensionsContract.keyWithRole;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.millwright.support.Api;
import org.millwright.support.TestTenants;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The public request page an asset's QR code opens, and the supervisors' queue of requests, run
 * on H2 and PostgreSQL. Needs a generous per-address limit (see {@code IntegrationTest}); the
 * limits themselves are tested by {@code PublicRequestLimitsIT}.
 */
public interface MaintenanceRequestContract {

    Pattern REFERENCE = Pattern.compile("R-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");

    Api platformAdmin();

    Api anonymousClient();

    JdbcTemplate jdbc();

    @Test
    default void thePublicPageNamesTheAssetAndNothingElseInTheReadersLanguage() {
        var t = TestTenants.create(platformAdmin(), anonymousClient(), "Page");
        var fields = new HashMap<String, Object>(
                Map.of("name", "Llenadora PET", "type", "packaging_machine", "criticality", "A"));
        fields.put("manufacturer", "Secret Maker GmbH");
        fields.put("location", "Nave 3, línea 1");
        String asset = created(t.admin()
                        .post(
                                "/api/v1/maintenance/assets",
                                Map.of("siteId", t.siteId(), "code", "FL-501", "details", fields)))
                .get("id")
                .asString();
        String page = publicPath(t.admin(), asset);

        var spanish = anonymousClient().spanish().get(page);
        assertThat(spanish.status()).isEqualTo(200);
        assertThat(spanish.header("Content-Type")).startsWith("text/html").contains("UTF-8");
        assertThat(spanish.header("Content-Security-Policy")).contains("default-src 'none'");
        assertThat(spanish.header("Cache-Control")).contains("no-store");
        assertThat(spanish.text())
                .contains("Reportar un problema", "FL-501", "Llenadora PET", "<html lang=\"es\">")
                .contains("name=\"description\"", "name=\"name\"", "name=\"contact\"", "name=\"photo\"")
                .doesNotContain("Secret Maker", "Nave 3", "Plant of Page", "Tenant Page", "<script", "http://")
                .doesNotContain("https://");
        assertThat(anonymousClient().get(page).text()).contains("Report a problem", "<html lang=\"en\">");
        assertThat(anonymousClient().spanish().get(page + "?lang=en").text()).contains("Report a problem");
        assertThat(anonymousClient().get(page + "?lang=es").text()).contains("Reportar un problema");

        var unknown = anonymousClient().spanish().get("/r/" + "A".repeat(43));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith("text/html");
        assertThat(unknown.text()).contains("Página no encontrada");
        assertThat(anonymousClient().get("/r/short").status()).isEqualTo(404);
    }

    @Test
    default void aSubmittedRequestWaitsInTheSupervisorsQueue() {
        var t = TestTenants.create(platformAdmin(), anonymousClient(), "Queue");
        Api api = t.admin();
        String asset = created(api.post("/api/v1/maintenance/assets", asset(t, "P-101", "pump")))
                .get("id")
                .asString();
        String page = publicPath(api, asset);
        byte[] photo = TestImages.jpeg();
        var sent = anonymousClient()
                .spanish()
                .upload(
                        page,
                        "photo",
                        Map.of("IMG_0001.jpg", photo),
                        Map.of(
                                "description", "Gotea agua por el sello y hace ruido",
                                "name", "Marta Soto",
                                "contact", "+56 9 1234 5678"));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
        assertThat(sent.text()).contains("Gracias, Marta Soto");
        String reference = reference(sent.text());

        JsonNode queue = api.get("/api/v1/maintenance/requests?status=pending&assetId=" + asset)
                .json();
        assertThat(queue.get("totalItems").asInt()).isEqualTo(1);
        JsonNode request = queue.get("items").get(0);
        assertThat(request.get("reference").asString()).isEqualTo(reference);
        assertThat(request.get("status").asString()).isEqualTo("pending");
        assertThat(request.get("siteId").asString()).isEqualTo(t.siteId().toString());
        assertThat(request.get("description").asString()).isEqualTo("Gotea agua por el sello y hace ruido");
        assertThat(request.get("reporterName").asString()).isEqualTo("Marta Soto");
        assertThat(request.get("contact").asString()).isEqualTo("+56 9 1234 5678");
        assertThat(request.get("language").asString()).isEqualTo("es");
        assertThat(request.get("clientHash").asString()).matches("[0-9a-f]{64}");
        assertThat(jdbc().queryForList("select * from maintenance_requests where reference = ?", reference)
                        .toString())
                .as("the client address is kept only as a keyed hash")
                .doesNotContain("127.0.0.1")
                .doesNotContain("0:0:0:0:0:0:0:1");

        String id = request.get("id").asString();
        assertThat(api.get("/api/v1/maintenance/requests/" + id)
                        .json()
                        .get("reference")
                        .asString())
                .isEqualTo(reference);
        var file = api.get(request.get("photoUrl").asString());
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.bytes()).isEqualTo(photo);
        assertThat(file.header("Content-Type")).isEqualTo("image/jpeg");
        assertThat(api.withHeader("If-None-Match", file.header("ETag"))
                        .get(request.get("photoUrl").asString())
                        .status())
                .isEqualTo(304);
        assertThat(keyWithRole(t, "TECHNICIAN")
                        .get("/api/v1/maintenance/requests")
                        .status())
                .isEqualTo(403);

        var plain = anonymousClient()
                .send(
                        "POST",
                        page,
                        "description=" + URLEncoder.encode("Sin presión en la descarga", StandardCharsets.UTF_8),
                        "application/x-www-form-urlencoded");
        assertThat(plain.status()).as(plain.toString()).isEqualTo(200);
        assertThat(plain.text()).contains("Thank you");
        String second = reference(plain.text());
        assertThat(second).isNotEqualTo(reference);
        JsonNode newest =
                api.get("/api/v1/maintenance/requests?siteId=" + t.siteId()).json();
        assertThat(newest.get("totalItems").asInt()).isEqualTo(2);
        assertThat(newest.get("items").get(0).get("reference").asString()).isEqualTo(second);
        assertThat(newest.get("items").get(0).get("photoUrl").isNull()).isTrue();
        assertThat(api.get("/api/v1/maintenance/requests/"
                                + newest.get("items").get(0).get("id").asString() + "/photo")
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/maintenance/requests?status=bogus").status())
                .isEqualTo(400);
        assertThat(api.delete("/api/v1/maintenance/assets/" + asset).status())
                .as("an asset with requests is kept")
                .isEqualTo(409);
    }

    @Test
    default void badSubmissionsAreRefusedAndStoreNothing() {
        var t = TestTenants.create(platformAdmin(), anonymousClient(), "Bad");
        Api api = t.admin();
        String asset = created(api.post("/api/v1/maintenance/assets", asset(t, "P-1", "pump")))
                .get("id")
                .asString();
        String page = publicPath(api, asset);
        Api anonymous = anonymousClient().spanish();

        var missing = anonymous.upload(page, "photo", Map.of(), Map.of("name", "Ana"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.text()).contains("Describa el problema", "value=\"Ana\"");
        var tooLong = anonymous.upload(page, "photo", Map.of(), Map.of("description", "x".repeat(2001)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.text()).contains("2000");
        var longName = anonymous.upload(page, "photo", Map.of(), Map.of("description", "ok", "name", "n".repeat(101)));
        assertThat(longName.status()).isEqualTo(400);
        byte[] bigPhoto = Arrays.copyOf(TestImages.png(), 5 * 1024 * 1024 + 1);
        var big = anonymous.upload(page, "photo", Map.of("big.png", bigPhoto), Map.of("description", "Fuga"));
        assertThat(big.status()).isEqualTo(413);
        assertThat(big.text()).contains("big.png");
        var notImage = anonymous.upload(
                page, "photo", Map.of("virus.jpg", "MZ not an image".getBytes()), Map.of("description", "Fuga"));
        assertThat(notImage.status()).isEqualTo(422);
        assertThat(anonymous
                        .upload("/r/" + "B".repeat(43), "photo", Map.of(), Map.of("description", "Fuga"))
                        .status())
                .isEqualTo(404);
        assertThat(anonymous
                        .send("POST", page, "{\"description\":\"Fuga\"}", "application/json")
                        .status())
                .isEqualTo(415);

        assertThat(api.get("/api/v1/maintenance/requests")
                        .json()
                        .get("totalItems")
                        .asInt())
                .isZero();
        assertThat(jdbc().queryForObject(
                                "select count(*) from maintenance_requests where tenant_id = ?", Integer.class, t.id()))
                .isZero();
    }

    @Test
    default void whatPeopleTypeIsEscaped() {
        var t = TestTenants.create(platformAdmin(), anonymousClient(), "Xss");
        Api api = t.admin();
        var fields = Map.<String, Object>of(
                "name", "<script>alert('name')</script> & \"quoted\"", "type", "pump", "criticality", "C");
        String asset = created(api.post(
                        "/api/v1/maintenance/assets", Map.of("siteId", t.siteId(), "code", "X-1", "details", fields)))
                .get("id")
                .asString();
        String page = publicPath(api, asset);
        String form = anonymousClient().get(page).text();
        assertThat(form)
                .contains("&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;")
                .doesNotContain("<script>");

        var thanks = anonymousClient()
                .upload(page, "photo", Map.of(), Map.of("description", "Fuga", "name", "<img src=x onerror=alert(1)>"));
        assertThat(thanks.status()).isEqualTo(200);
        assertThat(thanks.text()).contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img");

        var error = anonymousClient()
                .upload(
                        page,
                        "photo",
                        Map.of(),
                        Map.of(
                                "description",
                                "</textarea><script>alert(2)</script>" + "x".repeat(2000),
                                "contact",
                                "\"><script>alert(3)</script>"));
        assertThat(error.status()).isEqualTo(400);
        assertThat(error.text())
                .contains("&lt;/textarea&gt;&lt;script&gt;alert(2)&lt;/script&gt;")
                .contains("&quot;&gt;&lt;script&gt;alert(3)&lt;/script&gt;")
                .doesNotContain("<script>");
    }

    @Test
    default void supervisorsRejectPendingRequestsOnce() {
        var t = TestTenants.create(platformAdmin(), anonymousClient(), "Reject");
        Api api = t.admin();
        String asset = created(api.post("/api/v1/maintenance/assets", asset(t, "P-1", "pump")))
                .get("id")
                .asString();
        String page = publicPath(api, asset);
        assertThat(anonymousClient()
                        .upload(page, "photo", Map.of(), Map.of("description", "Ruido"))
                        .status())
                .isEqualTo(200);
        String id = api.get("/api/v1/maintenance/requests")
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asString();
        String reject = "/api/v1/maintenance/requests/" + id + "/reject";
        assertThat(api.post(reject, Map.of("reason", " ")).status()).isEqualTo(400);
        assertThat(api.post(reject, Map.of("reason", "r".repeat(1001))).status())
                .isEqualTo(400);
        assertThat(keyWithRole(t, "TECHNICIAN")
                        .post(reject, Map.of("reason", "No"))
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/maintenance/requests/" + id)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("pending");

        var rejected = api.post(reject, Map.of("reason", "Duplicada de la OT-2026-0042"));
        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
        assertThat(rejected.json().get("status").asString()).isEqualTo("rejected");
        assertThat(rejected.json().get("reason").asString()).isEqualTo("Duplicada de la OT-2026-0042");
        assertThat(rejected.json().get("decidedAt").isNull()).isFalse();
        assertThat(rejected.json().get("decidedBy").isNull()).isFalse();
        assertThat(api.post(reject, Map.of("reason", "Otra vez")).status()).isEqualTo(409);
        assertThat(api.get("/api/v1/maintenance/requests?status=rejected")
                        .json()
                        .get("totalItems")
                        .asInt())
                .isEqualTo(1);
        assertThat(api.get("/api/v1/maintenance/requests?status=pending")
                        .json()
                        .get("totalItems")
                        .asInt())
                .isZero();
    }

    @Test
    default void anApprovedRequestBecomesAWorkOrderThatGoesThroughEveryState() {
        var t = TestTenants.create(platformAdmin(), anonymousClient(), "Approve");
        Api api = t.admin();
        String asset = created(api.post("/api/v1/maintenance/assets", asset(t, "P-7", "pump")))
                .get("id")
                .asString();
        assertThat(anonymousClient()
                        .spanish()
                        .upload(
                                publicPath(api, asset),
                                "photo",
                                Map.of("sello.jpg", TestImages.jpeg()),
                                Map.of("description", "Gotea por el sello mecánico\nCharco bajo la bomba"))
                        .status())
                .isEqualTo(200);
        JsonNode request = api.get("/api/v1/maintenance/requests?status=pending")
                .json()
                .get("items")
                .get(0);
        String requests = "/api/v1/maintenance/requests/" + request.get("id").asString();
        assertThat(keyWithRole(t, "TECHNICIAN")
                        .post(requests + "/approve", Map.of())
                        .status())
                .isEqualTo(403);
        assertThat(api.post(requests + "/approve", Map.of("priority", "SOON")).status())
                .isEqualTo(400);

        var approved = api.post(requests + "/approve", Map.of("priority", "HIGH"));
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.json().get("request").get("status").asString()).isEqualTo("approved");
        String wo = "/api/v1/maintenance/work-orders/"
                + approved.json().get("workOrderId").asString();
        JsonNode order = api.get(wo).json();
        assertThat(order.get("source").asString()).isEqualTo("REQUEST");
        assertThat(order.get("sourceRef").asString())
                .isEqualTo(request.get("reference").asString());
        assertThat(order.get("priority").asString()).isEqualTo("HIGH");
        assertThat(order.get("title").asString()).isEqualTo("Gotea por el sello mecánico");
        assertThat(order.get("attachments")).hasSize(1);
        assertThat(api.get(requests).json().get("workOrderId").asString())
                .isEqualTo(approved.json().get("workOrderId").asString());
        assertThat(api.post(requests + "/approve", Map.of()).status()).isEqualTo(409);
        assertThat(api.post(requests + "/reject", Map.of("reason", "late")).status())
                .isEqualTo(409);
        assertThat(api.get("/api/v1/maintenance/work-orders?source=REQUEST")
                        .json()
                        .get("totalItems")
                        .asInt())
                .as("one approval, one work order")
                .isEqualTo(1);

        var user = api.post(
                "/api/v1/admin/users",
                Map.of(
                        "email",
                        "tec@" + t.slug() + ".test",
                        "displayName",
                        "Técnico",
                        "password",
                        "password-123456",
                        "role",
                        "TECHNICIAN"));
        String tech = user.json().get("id").asString();
        List<String> seen = new ArrayList<>(List.of(order.get("status").asString()));
        for (var step : List.of(
                Map.entry("assign", Map.<String, Object>of("userIds", List.of(tech))),
                Map.entry("decline", Map.<String, Object>of("reason", "otra urgencia")),
                Map.entry("assign", Map.<String, Object>of("userIds", List.of(tech))),
                Map.entry("accept", Map.<String, Object>of()),
                Map.entry("start", Map.<String, Object>of()),
                Map.entry("hold", Map.<String, Object>of("reason", "esperando sello")),
                Map.entry("resume", Map.<String, Object>of()),
                Map.entry(
                        "complete",
                        Map.<String, Object>of(
                                "failureMode", "ELP", "cause", "WEAR", "remedy", "REPLACE", "downtimeMinutes", 90)),
                Map.entry("close", Map.<String, Object>of()))) {
            var moved = api.post(wo + "/" + step.getKey(), step.getValue());
            assertThat(moved.status()).as(step.getKey() + ": " + moved).isEqualTo(200);
            seen.add(moved.json().get("status").asString());
        }
        assertThat(seen)
                .containsExactly(
                        "OPEN",
                        "ASSIGNED",
                        "OPEN",
                        "ASSIGNED",
                        "ACCEPTED",
                        "IN_PROGRESS",
                        "ON_HOLD",
                        "IN_PROGRESS",
                        "COMPLETED",
                        "CLOSED");

        JsonNode history =
                api.get("/api/v1/maintenance/history?assetId=" + asset).json();
        assertThat(history.get("totalItems").asInt()).isEqualTo(1);
        assertThat(history.get("items").get(0).get("failureMode").asString()).isEqualTo("ELP");
        JsonNode timeline = api.get("/api/v1/maintenance/assets/" + asset + "/timeline?size=50")
                .json()
                .get("items");
        List<String> entries = new ArrayList<>();
        timeline.forEach(e ->
                entries.add(e.get("kind").asString() + ":" + e.get("action").asString()));
        assertThat(entries)
                .contains(
                        "REQUEST:submitted",
                        "WORK_ORDER:created",
                        "WORK_ORDER:assigned",
                        "WORK_ORDER:decline",
                        "WORK_ORDER:complete",
                        "WORK_ORDER:close");
        assertThat(entries.getFirst()).isEqualTo("WORK_ORDER:close");
    }

    /** The path of an asset's public request page (from its QR code's address). */
    static String publicPath(Api api, String assetId) {
        var link = api.get("/api/v1/maintenance/assets/" + assetId + "/qr");
        assertThat(link.status()).as(link.toString()).isEqualTo(200);
        String url = link.json().get("url").asString();
        return url.substring(url.indexOf("/r/"));
    }

    private static String reference(String page) {
        Matcher m = REFERENCE.matcher(page);
        assertThat(m.find()).as(page).isTrue();
        return m.group();
    }
}
