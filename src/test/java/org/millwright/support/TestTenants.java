package org.millwright.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Creates tenants through the admin API, each with an admin API key and one site. */
public final class TestTenants {

    private TestTenants() {}

    public static Tenant create(Api platformAdmin, Api anonymous, String label) {
        String slug = label.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        String email = "admin@" + slug + ".test";
        String password = "password-" + slug;
        var created = platformAdmin.post(
                "/api/v1/admin/tenants",
                Map.of(
                        "name",
                        "Tenant " + label,
                        "slug",
                        slug,
                        "adminEmail",
                        email,
                        "adminName",
                        "Admin " + label,
                        "adminPassword",
                        password));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        UUID tenantId = UUID.fromString(created.json().get("id").asString());
        var login = anonymous.post("/api/v1/auth/token", Map.of("email", email, "password", password));
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        Api bearer = anonymous.withBearer(login.json().get("accessToken").asString());
        var key = bearer.post("/api/v1/admin/api-keys", Map.of("name", "test admin", "role", "ADMIN"));
        assertThat(key.status()).as(key.toString()).isEqualTo(201);
        Api admin = anonymous.withKey(key.json().get("value").asString());
        var site = admin.post(
                "/api/v1/sites", Map.of("code", "P1", "name", "Plant of " + label, "timeZone", "America/Santiago"));
        assertThat(site.status()).as(site.toString()).isEqualTo(201);
        return new Tenant(tenantId, slug, email, password, admin, id(site.json()));
    }

    public static UUID id(JsonNode node) {
        return UUID.fromString(node.get("id").asString());
    }

    /** A tenant made for a test: its admin client and first site. */
    public record Tenant(UUID id, String slug, String adminEmail, String adminPassword, Api admin, UUID siteId) {}
}
