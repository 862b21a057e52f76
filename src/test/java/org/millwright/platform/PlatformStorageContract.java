package org.millwright.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.millwright.support.Api;
import org.millwright.support.TestTenants;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Storage-facing behaviour of the platform, run once on H2 and once on PostgreSQL. */
public interface PlatformStorageContract {

    Api platformAdmin();

    Api anonymousClient();

    JdbcTemplate jdbc();

    @Test
    default void secretsAreEncryptedAtRestAndNeverReturned() {
        var tenant = TestTenants.create(platformAdmin(), anonymousClient(), "Secret");
        var put = tenant.admin().put("/api/v1/admin/secrets/telegram.token", Map.of("value", "123456:plain-token"));
        assertThat(put.status()).isEqualTo(200);
        assertThat(put.text()).doesNotContain("plain-token");
        assertThat(tenant.admin().get("/api/v1/admin/secrets").text())
                .contains("telegram.token")
                .doesNotContain("plain");
        String stored = jdbc().queryForObject(
                        "select ciphertext from tenant_secrets where tenant_id = ? and name = ?",
                        String.class,
                        tenant.id(),
                        "telegram.token");
        assertThat(stored).startsWith("v1:").doesNotContain("plain-token");
        assertThat(tenant.admin()
                        .get("/api/v1/admin/audit?action=secret.created")
                        .text())
                .doesNotContain("plain-token");
        assertThat(tenant.admin()
                        .put("/api/v1/admin/secrets/bad%20name!", Map.of("value", "x"))
                        .status())
                .isEqualTo(400);
    }

    @Test
    default void auditRecordsWhoWhatWhenBeforeAndAfter() {
        var tenant = TestTenants.create(platformAdmin(), anonymousClient(), "Audit");
        tenant.admin()
                .put("/api/v1/sites/" + tenant.siteId(), Map.of("name", "Renamed plant", "timeZone", "America/Lima"));
        JsonNode entry = tenant.admin()
                .get("/api/v1/admin/audit?action=site.updated")
                .json()
                .get("items")
                .get(0);
        assertThat(entry.get("targetId").asString()).isEqualTo(tenant.siteId().toString());
        assertThat(entry.get("actor").asString()).startsWith("api-key:");
        assertThat(entry.get("before").toString()).contains("America/Santiago");
        assertThat(entry.get("after").toString()).contains("Renamed plant").contains("America/Lima");
        assertThat(Instant.parse(entry.get("occurredAt").asString()))
                .isBefore(Instant.now().plusSeconds(1));
        assertThat(platformAdmin().get("/api/v1/admin/audit/platform?size=200").text())
                .contains(tenant.id().toString());
    }

    @Test
    default void exportJobReportsProgressAndZipsEveryModule() throws Exception {
        var tenant = TestTenants.create(platformAdmin(), anonymousClient(), "Export");
        tenant.admin()
                .post(
                        "/api/v1/maintenance/assets",
                        Map.of(
                                "siteId",
                                tenant.siteId(),
                                "code",
                                "P-1",
                                "details",
                                Map.of("name", "Bomba, \"principal\"", "type", "pump", "criticality", "A")));
        var started = tenant.admin().post("/api/v1/admin/exports", null);
        assertThat(started.status()).isEqualTo(202);
        assertThat(started.header("Location")).startsWith("/api/v1/jobs/");
        JsonNode job = awaitJob(tenant.admin(), started.json().get("id").asString());
        assertThat(job.get("state").asString()).isEqualTo("completed");
        assertThat(job.get("progress").asInt()).isEqualTo(100);
        var zip = tenant.admin().get(job.get("result").get("download").asString());
        assertThat(zip.status()).isEqualTo(200);
        Map<String, String> files = unzip(zip.bytes());
        assertThat(files)
                .containsKeys(
                        "platform/tenant.json",
                        "platform/sites.json",
                        "platform/users.json",
                        "platform/audit.json",
                        "maintenance/assets.json",
                        "maintenance/assets.csv",
                        "maintenance/asset-types.json",
                        "maintenance/asset-photos.json",
                        "maintenance/asset-meters.json",
                        "maintenance/meter-readings.csv",
                        "maintenance/maintenance-requests.json");
        assertThat(files.get("maintenance/assets.csv")).contains("\"Bomba, \"\"principal\"\"\"");
        assertThat(files.get("platform/users.json"))
                .contains(tenant.adminEmail())
                .doesNotContain("argon2");
        assertThat(files.get("platform/api_keys.json")).doesNotContain("secret_hash");
    }

    @Test
    default void deletingATenantRemovesAllItsData() {
        var doomed = TestTenants.create(platformAdmin(), anonymousClient(), "Doomed");
        var kept = TestTenants.create(platformAdmin(), anonymousClient(), "Kept");
        doomed.admin()
                .post("/api/v1/maintenance/asset-types", Map.of("code", "hoist", "nameEn", "Hoist", "nameEs", "Tecle"));
        String asset = "/api/v1/maintenance/assets/"
                + doomed.admin()
                        .post(
                                "/api/v1/maintenance/assets",
                                Map.of(
                                        "siteId",
                                        doomed.siteId(),
                                        "code",
                                        "M-1",
                                        "details",
                                        Map.of("name", "Motor", "type", "hoist", "criticality", "B")))
                        .json()
                        .get("id")
                        .asString();
        String meter = doomed.admin()
                .post(asset + "/meters", Map.of("name", "Hours", "kind", "hours"))
                .json()
                .get("id")
                .asString();
        doomed.admin().post(asset + "/meters/" + meter + "/readings", Map.of("value", 10));
        doomed.admin().upload(asset + "/photos", "file", Map.of("p.png", png()), Map.of());
        String url = doomed.admin().get(asset + "/qr").json().get("url").asString();
        assertThat(anonymousClient()
                        .upload(
                                url.substring(url.indexOf("/r/")),
                                "photo",
                                Map.of("p.png", png()),
                                Map.of("description", "Leak"))
                        .status())
                .isEqualTo(200);
        doomed.admin().put("/api/v1/admin/secrets/smtp", Map.of("value", "pw"));
        assertThat(platformAdmin()
                        .delete("/api/v1/admin/tenants/" + doomed.id())
                        .status())
                .isEqualTo(204);
        for (String table : new String[] {
            "sites",
            "users",
            "api_keys",
            "assets",
            "asset_types",
            "asset_photos",
            "asset_meters",
            "meter_readings",
            "maintenance_requests",
            "tenant_secrets",
            "audit_log"
        }) {
            Integer rows = jdbc().queryForObject(
                            "select count(*) from " + table + " where tenant_id = ?", Integer.class, doomed.id());
            assertThat(rows).as(table).isZero();
        }
        assertThat(doomed.admin().get("/api/v1/sites").status()).isEqualTo(401);
        assertThat(platformAdmin().get("/api/v1/admin/tenants/" + doomed.id()).status())
                .isEqualTo(404);
        assertThat(kept.admin().get("/api/v1/sites/" + kept.siteId()).status()).isEqualTo(200);
        assertThat(platformAdmin().get("/api/v1/admin/audit/platform?size=200").text())
                .contains("tenant.deleted");
    }

    @Test
    default void unknownJobsAre404() {
        assertThat(platformAdmin().get("/api/v1/jobs/" + UUID.randomUUID()).status())
                .isEqualTo(404);
    }

    static JsonNode awaitJob(Api api, String id) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            JsonNode job = api.get("/api/v1/jobs/" + id).json();
            String state = job.get("state").asString();
            if (state.equals("completed") || state.equals("failed")) {
                return job;
            }
            sleep();
        }
        throw new AssertionError("job " + id + " did not finish in 60 s");
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Map<String, String> unzip(byte[] bytes) throws IOException {
        Map<String, String> files = new HashMap<>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                files.put(e.getName(), new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    /** A small PNG. */
    private static byte[] png() {
        var image = new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, UUID.randomUUID().hashCode() & 0xFFFFFF);
        var out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
