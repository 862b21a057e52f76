package org.millwright.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.millwright.support.Api;
import org.millwright.support.TestTenants;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;

/**
 * The asset registry's extensions, run on H2 and PostgreSQL: tenant asset types, location,
 * photos, linked knowledge documents, meters and readings, QR codes and their rotation.
 */
public interface AssetExtensionsContract {

    Api platformAdmin();

    Api anonymousClient();

    @Test
    default void assetTypesAreTheBuiltInOnesAndTheTenantsOwn() {
        var t = TestTenants.create(platformAdmin(), anonymousClient(), "Types");
        Api api = t.admin();
        JsonNode builtIn = api.spanish().get("/api/v1/maintenance/asset-types").json();
        assertThat(builtIn.size()).isEqualTo(AssetType.values().length);
        JsonNode pump = builtIn.get(0);
        assertThat(pump.get("code").asString()).isEqualTo("pump");
        assertThat(pump.get("name").asString()).isEqualTo("Bomba");
        assertThat(pump.get("nameEn").asString()).isEqualTo("Pump");
        assertThat(pump.get("builtIn").asBoolean()).isTrue();

        var created = api.post("/api/v1/maintenance/asset-types", type("robot_arm", "Robot arm", "Brazo robótico"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("builtIn").asBoolean()).isFalse();
        assertThat(api.get("/api/v1/maintenance/asset-types").json().size()).isEqualTo(AssetType.values().length + 1);
        assertThat(api.post("/api/v1/maintenance/asset-types", type("robot_arm", "Again", "Otra vez"))
                        .status())
                .isEqualTo(409);
        assertThat(api.post("/api/v1/maintenance/asset-types", type("pump", "Pump", "Bomba"))
                        .status())
                .as("a built-in code is taken")
                .isEqualTo(409);
        assertThat(api.post("/api/v1/maintenance/asset-types", type("packaging-machine", "P", "P"))
                        .status())
                .as("a built-in code written with a hyphen is taken too")
                .isEqualTo(409);
        for (String bad : List.of("Robot Arm", "x", "a".repeat(41), "arm!")) {
            assertThat(api.post("/api/v1/maintenance/asset-types", type(bad, "Bad", "Malo"))
                            .status())
                    .as(bad)
                    .isEqualTo(400);
        }
        Api operator = keyWithRole(t, "OPERATOR");
        assertThat(operator.post("/api/v1/maintenance/asset-types", type("drone", "Drone", "Dron"))
                        .status())
                .isEqualTo(403);

        String arm = created(api.post("/api/v1/maintenance/assets", asset(t, "R-1", "robot_arm")))
                .get("id")
                .asString();
        assertThat(api.get("/api/v1/maintenance/assets/" + arm)
                        .json()
                        .get("type")
                        .asString())
                .isEqualTo("robot_arm");
        assertThat(total(api, "?type=robot_arm")).isEqualTo(1);
        int before = total(api, "");
        assertThat(api.post("/api/v1/maintenance/assets", asset(t, "R-2", "rocket"))
                        .status())
                .isEqualTo(400);
        assertThat(total(api, "")).as("an unknown type stores nothing").isEqualTo(before);
        var other = TestTenants.create(platformAdmin(), anonymousClient(), "Other");
        assertThat(other.admin()
                        .post("/api/v1/maintenance/assets", asset(other, "R-1", "robot_arm"))
                        .status())
                .as("a tenant's type is its own")
                .isEqualTo(400);

        var off = api.put(
                "/api/v1/maintenance/asset-types/robot_arm",
                Map.of("nameEn", "Robot arm", "nameEs", "Brazo robótico", "active", false));
        assertThat(off.status()).as(off.toString()).isEqualTo(200);
        assertThat(api.post("/api/v1/maintenance/assets", asset(t, "R-3", "robot_arm"))
                        .status())
                .as("a switched-off type cannot be given to a new asset")
                .isEqualTo(400);
        assertThat(api.put("/api/v1/maintenance/assets/" + arm, details("Brazo 1", "robot_arm"))
                        .status())
                .as("an asset keeps its switched-off type")
                .isEqualTo(200);
        assertThat(api.delete("/api/v1/maintenance/asset-types/robot_arm").status())
                .isEqualTo(409);
        assertThat(api.delete("/api/v1/maintenance/asset-types/pump").status()).isEqualTo(409);
        assertThat(api.post("/api/v1/maintenance/asset-types", type("spare_type", "Spare", "Repuesto"))
                        .status())
                .isEqualTo(201);
        assertThat(api.delete("/api/v1/maintenance/asset-types/spare_type").status())
                .isEqualTo(204);
        assertThat(api.get("/api/v1/maintenance/asset-types/spare_type").status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/maintenance/asset-types/pump")
                        .json()
                        .get("nameEs")
                        .asString())
                .isEqualTo("Bomba");
    }

    @Test
    default void assetsHaveALocationAndCoordinates() {
        var t = TestTenants.create(platformAdmin(), anonymousClient(), "Loc");
        Api api = t.admin();
        var fields = new HashMap<>(details("Bomba", "pump"));
        fields.put("location", "Sala de bombas, nivel -1");
        fields.put("latitude", -33.2811);
        fields.put("longitude", -70.8791);
        String id = created(api.post(
                        "/api/v1/maintenance/assets", Map.of("siteId", t.siteId(), "code", "P-1", "details", fields)))
                .get("id")
                .asString();
        JsonNode detail = api.get("/api/v1/maintenance/assets/" + id).json();
        assertThat(detail.get("location").asString()).isEqualTo("Sala de bombas, nivel -1");
        assertThat(detail.get("latitude").asDouble()).isEqualTo(-33.2811);
        assertThat(detail.get("longitude").asDouble()).isEqualTo(-70.8791);
        assertThat(detail.get("meters").size()).isZero();
        assertThat(detail.get("photos").size()).isZero();
        assertThat(detail.get("documents").size()).isZero();

        fields.remove("longitude");
        assertThat(api.put("/api/v1/maintenance/assets/" + id, fields).status())
                .as("latitude without longitude")
                .isEqualTo(400);
        fields.put("longitude", 181);
        assertThat(api.put("/api/v1/maintenance/assets/" + id, fields).status()).isEqualTo(400);
        fields.put("longitude", -70.8791);
        fields.put("location", "x".repeat(301));
        assertThat(api.put("/api/v1/maintenance/assets/" + id, fields).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/maintenance/assets/" + id)
                        .json()
                        .get("location")
                        .asString())
                .isEqualTo("Sala de bombas, nivel -1");
    }

    @Test
    default void photosAreJudgedByTheirBytesAndServedWithAnEntityTag() {
        var t = TestTenants.create(platformAdmin(), anonymousClient(), "Photo");
        Api api = t.admin();
        String asset = created(api.post("/api/v1/maintenance/assets", asset(t, "P-1", "pump")))
                .get("id")
                .asString();
        String photos = "/api/v1/maintenance/assets/" + asset + "/photos";
        byte[] png = TestImages.png();
        var added = api.upload(photos, "file", Map.of("named-wrongly.txt", png), Map.of("caption", "Placa"));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.json().get("mediaType").asString()).isEqualTo("image/png");
        assertThat(added.json().get("caption").asString()).isEqualTo("Placa");
        assertThat(api.upload(photos, "file", Map.of("a.jpg", TestImages.jpeg()), Map.of())
                        .json()
                        .get("mediaType")
                        .asString())
                .isEqualTo("image/jpeg");
        assertThat(api.upload(photos, "file", Map.of("a.webp", TestImages.webp()), Map.of())
                        .json()
                        .get("mediaType")
                        .asString())
                .isEqualTo("image/webp");

        byte[] fakePng = Arrays.copyOf(png, 40);
        Arrays.fill(fakePng, 8, 40, (byte) 7);
        assertThat(api.upload(photos, "file", Map.of("text.png", "not an image".getBytes()), Map.of())
                        .status())
                .isEqualTo(422);
        assertThat(api.upload(photos, "file", Map.of("broken.png", fakePng), Map.of())
                        .status())
                .as("a PNG signature over damaged data")
                .isEqualTo(422);
        byte[] huge = Arrays.copyOf(png, 20 * 1024 * 1024 + 1);
        var tooLarge = api.upload(photos, "file", Map.of("huge.png", huge), Map.of());
        assertThat(tooLarge.status()).as(tooLarge.toString()).isEqualTo(413);
        assertThat(api.upload(photos, "other", Map.of("a.png", png), Map.of()).status())
                .isEqualTo(400);
        assertThat(api.get(photos).json().get("totalItems").asInt())
                .as("refused photos store nothing")
                .isEqualTo(3);

        String url = added.json().get("url").asString();
        var file = api.get(url);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.bytes()).isEqualTo(png);
        assertThat(file.header("Content-Type")).isEqualTo("image/png");
        String etag = file.header("ETag");
        assertThat(etag).isNotBlank();
        assertThat(api.withHeader("If-None-Match", etag).get(url).status()).isEqualTo(304);
        assertThat(api.get("/api/v1/maintenance/assets/" + asset)
                        .json()
                        .get("photos")
                        .size())
                .isEqualTo(3);

        String photo = photos + "/" + added.json().get("id").asString();
        assertThat(keyWithRole(t, "TECHNICIAN").delete(photo).status()).isEqualTo(403);
        assertThat(api.delete(photo).status()).isEqualTo(204);
        assertThat(api.get(url).status()).isEqualTo(404);
        assertThat(api.get(photos).json().get("totalItems").asInt()).isEqualTo(2);
        assertThat(api.delete("/api/v1/maintenance/assets/" + asset).status())
                .as("an asset goes with its photos")
                .isEqualTo(204);
    }

    @Test
    default void anAssetShowsTheKnowledgeDocumentsLinkedToIt() {
        var t = TestTenants.create(platformAdmin(), anonymousClient(), "Docs");
        Api api = t.admin();
        String asset = created(api.post("/api/v1/maintenance/assets", asset(t, "C-1", "compressor")))
                .get("id")
                .asString();
        var upload = api.upload(
                "/api/v1/knowledge/documents",
                Map.of("c1-service.md", "# C-1 service\n\nChange the oil every 2000 hours.".getBytes()),
                Map.of("title", "C-1 service guide", "assetIds", asset));
        assertThat(upload.status()).as(upload.toString()).isEqualTo(202);
        String documentId = upload.json().get(0).get("document").get("id").asString();
        api.upload(
                "/api/v1/knowledge/documents",
                Map.of("other.md", "# Other\n\nNot linked.".getBytes()),
                Map.of("title", "Unlinked"));

        JsonNode documents =
                api.get("/api/v1/maintenance/assets/" + asset).json().get("documents");
        assertThat(documents.size()).isEqualTo(1);
        assertThat(documents.get(0).get("id").asString()).isEqualTo(documentId);
        assertThat(documents.get(0).get("title").asString()).isEqualTo("C-1 service guide");
        assertThat(documents.get(0).get("kind").asString()).isEqualTo("document");
        assertThat(api.get(documents.get(0).get("url").asString()).status()).isEqualTo(200);
    }

    @Test
    default void metersOnlyCountUpUnlessReset() {
        var t = TestTenants.create(platformAdmin(), anonymousClient(), "Meter");
        Api api = t.admin();
        String asset = created(api.post("/api/v1/maintenance/assets", asset(t, "C-1", "compressor")))
                .get("id")
                .asString();
        String meters = "/api/v1/maintenance/assets/" + asset + "/meters";
        JsonNode hours = created(api.post(meters, Map.of("name", "Horómetro", "kind", "hours")));
        assertThat(hours.get("unit").asString()).isEqualTo("h");
        assertThat(hours.get("kind").asString()).isEqualTo("hours");
        assertThat(api.post(meters, Map.of("name", "Caudal", "kind", "other")).status())
                .as("other needs a unit")
                .isEqualTo(400);
        assertThat(created(api.post(meters, Map.of("name", "Caudal", "kind", "other", "unit", "m³")))
                        .get("unit")
                        .asString())
                .isEqualTo("m³");
        assertThat(api.post(meters, Map.of("name", "Odómetro", "kind", "km", "unit", "mi"))
                        .status())
                .isEqualTo(400);
        assertThat(api.post(meters, Map.of("name", "Horómetro", "kind", "hours"))
                        .status())
                .isEqualTo(409);
        assertThat(api.post(meters, Map.of("name", "Otro", "kind", "parsecs")).status())
                .isEqualTo(400);

        String meter = meters + "/" + hours.get("id").asString();
        Instant now = Instant.now();
        assertThat(reading(api, meter, 100, now.minus(Duration.ofDays(10)), false))
                .isEqualTo(201);
        assertThat(reading(api, meter, 150, now.minus(Duration.ofDays(5)), false))
                .isEqualTo(201);
        assertThat(reading(api, meter, 220, now, false)).isEqualTo(201);
        assertThat(reading(api, meter, 200, null, false))
                .as("lower than the latest")
                .isEqualTo(422);
        assertThat(reading(api, meter, 230, now.minus(Duration.ofDays(1)), false))
                .as("older than the latest")
                .isEqualTo(422);
        assertThat(reading(api, meter, 300, now.plus(Duration.ofDays(1)), false))
                .as("in the future")
                .isEqualTo(400);
        assertThat(reading(api, meter, -1, null, false)).isEqualTo(400);
        assertThat(keyWithRole(t, "OPERATOR")
                        .post(meter + "/readings", Map.of("value", 300))
                        .status())
                .isEqualTo(403);
        assertThat(api.get(meter).json().get("currentValue").asDouble()).isEqualTo(220.0);

        JsonNode usage = api.get(meter + "/usage?days=30").json();
        assertThat(usage.get("currentValue").asDouble()).isEqualTo(220.0);
        assertThat(usage.get("averageDailyUse").asDouble())
                .as("120 h over 10 days")
                .isCloseTo(12.0, within(0.01));
        assertThat(usage.get("readings").asInt()).isEqualTo(3);
        JsonNode recent = api.get(meter + "/usage?days=7").json();
        assertThat(recent.get("averageDailyUse").asDouble())
                .as("counted from the last reading before the window")
                .isCloseTo(12.0, within(0.01));
        assertThat(api.get(meter + "/usage?days=0").status()).isEqualTo(400);

        Api technician = keyWithRole(t, "TECHNICIAN");
        var reset = technician.post(meter + "/readings", Map.of("value", 5, "reset", true, "source", "manual"));
        assertThat(reset.status()).as(reset.toString()).isEqualTo(201);
        assertThat(reset.json().get("recordedBy").isNull()).isFalse();
        assertThat(api.get(meter).json().get("currentValue").asDouble()).isEqualTo(5.0);
        assertThat(api.get(meter + "/usage?days=30")
                        .json()
                        .get("averageDailyUse")
                        .asDouble())
                .as("the step to a reset reading is not use")
                .isCloseTo(12.0, within(0.01));

        JsonNode page = api.get(meter + "/readings?size=2").json();
        assertThat(page.get("totalItems").asInt()).isEqualTo(4);
        assertThat(page.get("items").get(0).get("value").asDouble()).isEqualTo(5.0);
        assertThat(page.get("items").get(0).get("reset").asBoolean()).isTrue();
        assertThat(page.get("items").get(1).get("value").asDouble()).isEqualTo(220.0);
        JsonNode detail = api.get("/api/v1/maintenance/assets/" + asset).json();
        assertThat(detail.get("meters").size()).isEqualTo(2);
        assertThat(detail.get("meters").get(1).get("currentValue").asDouble()).isEqualTo(5.0);
    }

    @Test
    default void qrCodesLeadToThePublicPageUntilRotated() throws Exception {
        var t = TestTenants.create(platformAdmin(), anonymousClient(), "Qr");
        Api api = t.admin();
        String asset = created(api.post("/api/v1/maintenance/assets", asset(t, "FL-501", "packaging_machine")))
                .get("id")
                .asString();
        String base = "/api/v1/maintenance/assets/" + asset;
        var png = api.get(base + "/qr.png?size=300");
        assertThat(png.status()).as(png.toString()).isEqualTo(200);
        assertThat(png.header("Content-Type")).isEqualTo("image/png");
        String url = TestImages.decodePng(png.bytes());
        assertThat(url).matches("http://localhost:\\d+/r/[A-Za-z0-9_-]{43}");
        assertThat(api.get(base + "/qr").json().get("url").asString()).isEqualTo(url);

        var svg = api.get(base + "/qr.svg?size=240");
        assertThat(svg.status()).isEqualTo(200);
        assertThat(svg.header("Content-Type")).startsWith("image/svg+xml");
        var xml = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new InputSource(new StringReader(svg.text())));
        assertThat(xml.getDocumentElement().getNodeName()).isEqualTo("svg");
        assertThat(xml.getDocumentElement().getAttribute("width")).isEqualTo("240");
        assertThat(TestImages.decodeSvg(svg.text())).isEqualTo(url);
        assertThat(api.get(base + "/qr.png?size=50").status()).isEqualTo(400);
        assertThat(api.get(base + "/qr.svg?size=5000").status()).isEqualTo(400);

        String path = url.substring(url.indexOf("/r/"));
        assertThat(anonymousClient().get(path).status()).isEqualTo(200);
        assertThat(keyWithRole(t, "TECHNICIAN").post(base + "/qr/rotate", null).status())
                .isEqualTo(403);
        var rotated = api.post(base + "/qr/rotate", null);
        assertThat(rotated.status()).as(rotated.toString()).isEqualTo(200);
        String newUrl = rotated.json().get("url").asString();
        assertThat(newUrl).isNotEqualTo(url);
        assertThat(anonymousClient().get(path).status())
                .as("the old code leads nowhere")
                .isEqualTo(404);
        assertThat(anonymousClient()
                        .get(newUrl.substring(newUrl.indexOf("/r/")))
                        .status())
                .isEqualTo(200);
        assertThat(TestImages.decodePng(api.get(base + "/qr.png").bytes())).isEqualTo(newUrl);
    }

    private static int reading(Api api, String meter, double value, Instant readAt, boolean reset) {
        var body = new HashMap<String, Object>(Map.of("value", value));
        if (reset) {
            body.put("reset", true);
        }
        if (readAt != null) {
            body.put("readAt", readAt.toString());
        }
        return api.post(meter + "/readings", body).status();
    }

    static Api keyWithRole(TestTenants.Tenant t, String role) {
        var key = t.admin().post("/api/v1/admin/api-keys", Map.of("name", role.toLowerCase() + " key", "role", role));
        assertThat(key.status()).as(key.toString()).isEqualTo(201);
        return t.admin().withHeader("X-API-Key", key.json().get("value").asString());
    }

    private static Map<String, Object> type(String code, String nameEn, String nameEs) {
        return Map.of("code", code, "nameEn", nameEn, "nameEs", nameEs);
    }

    static Map<String, Object> asset(TestTenants.Tenant t, String code, String type) {
        return Map.of("siteId", t.siteId(), "code", code, "details", details("Machine " + code, type));
    }

    private static Map<String, Object> details(String name, String type) {
        return Map.of("name", name, "type", type, "criticality", "B");
    }

    static JsonNode created(Api.Response response) {
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
