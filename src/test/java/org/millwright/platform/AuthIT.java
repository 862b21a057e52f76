package org.millwright.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.millwright.support.Api;
import org.millwright.support.IntegrationTest;
import org.millwright.support.TestTenants;

/** Logins, tokens, lockout, password reset, key revocation, roles and site binding. */
class AuthIT extends IntegrationTest {

    @Test
    void loginGivesAnAccessTokenThatWorksAndARefreshTokenThatDoesNot() {
        var tokens = login(ADMIN_EMAIL, ADMIN_PASSWORD);
        assertThat(tokens.status()).isEqualTo(200);
        assertThat(tokens.json().get("tokenType").asString()).isEqualTo("Bearer");
        assertThat(tokens.json().get("expiresIn").asLong()).isEqualTo(900);
        String access = tokens.json().get("accessToken").asString();
        String refresh = tokens.json().get("refreshToken").asString();
        var me = anonymous.withBearer(access).get("/api/v1/auth/me");
        assertThat(me.json().get("label").asString()).isEqualTo(ADMIN_EMAIL);
        assertThat(me.json().get("platformAdmin").asBoolean()).isTrue();
        assertThat(anonymous.withBearer(refresh).get("/api/v1/sites").status()).isEqualTo(401);
        var renewed = anonymous.post("/api/v1/auth/refresh", Map.of("refreshToken", refresh));
        assertThat(renewed.status()).isEqualTo(200);
        assertThat(anonymous
                        .withBearer(renewed.json().get("accessToken").asString())
                        .get("/api/v1/sites")
                        .status())
                .isEqualTo(200);
        assertThat(anonymous
                        .post("/api/v1/auth/refresh", Map.of("refreshToken", access))
                        .status())
                .isEqualTo(401);
    }

    @Test
    void repeatedFailedLoginsLockTheAccountWithRetryAfter() {
        var tenant = TestTenants.create(admin, anonymous, "Lock");
        for (int i = 0; i < 4; i++) {
            var wrong = login(tenant.adminEmail(), "not-the-password");
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(wrong.json().get("detail").asString()).contains("wrong");
        }
        var locked = anonymous
                .spanish()
                .post("/api/v1/auth/token", Map.of("email", tenant.adminEmail(), "password", "not-the-password"));
        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.json().get("detail").asString()).contains("bloqueada");
        assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(1L, 900L);
        assertThat(login(tenant.adminEmail(), tenant.adminPassword()).status())
                .as("even the right password waits for the lock to pass")
                .isEqualTo(401);
        assertThat(tenant.admin()
                        .get("/api/v1/admin/audit?action=user.locked")
                        .json()
                        .get("totalItems")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void unknownEmailsAndWrongPasswordsLookTheSame() {
        var unknown = login("nobody@nowhere.test", "whatever-password");
        var wrong = login(ADMIN_EMAIL, "whatever-password");
        assertThat(unknown.status()).isEqualTo(wrong.status()).isEqualTo(401);
        assertThat(unknown.json().get("detail")).isEqualTo(wrong.json().get("detail"));
    }

    @Test
    void adminIssuedResetTokenSetsThePasswordOnce() {
        var tenant = TestTenants.create(admin, anonymous, "Reset");
        var user = tenant.admin()
                .post(
                        "/api/v1/admin/users",
                        Map.of(
                                "email",
                                "tech@" + tenant.slug() + ".test",
                                "displayName",
                                "Técnico",
                                "password",
                                "first-password-1",
                                "role",
                                "TECHNICIAN",
                                "locale",
                                "es"));
        assertThat(user.status()).isEqualTo(201);
        String userPath = "/api/v1/admin/users/" + user.json().get("id").asString();
        var token = tenant.admin().post(userPath + "/password-reset-tokens", null);
        assertThat(token.status()).isEqualTo(201);
        String value = token.json().get("token").asString();
        assertThat(anonymous
                        .post("/api/v1/auth/password-reset", Map.of("token", value, "newPassword", "short"))
                        .status())
                .isEqualTo(400);
        var reset = anonymous.post(
                "/api/v1/auth/password-reset", Map.of("token", value, "newPassword", "second-password-2"));
        assertThat(reset.status()).isEqualTo(204);
        assertThat(login("tech@" + tenant.slug() + ".test", "first-password-1").status())
                .isEqualTo(401);
        assertThat(login("tech@" + tenant.slug() + ".test", "second-password-2").status())
                .isEqualTo(200);
        var again = anonymous.post(
                "/api/v1/auth/password-reset", Map.of("token", value, "newPassword", "third-password-3"));
        assertThat(again.status()).isEqualTo(400);
    }

    @Test
    void deletingAUserAnonymisesThemInHistory() {
        var tenant = TestTenants.create(admin, anonymous, "Forget");
        String email = "leaving@" + tenant.slug() + ".test";
        var user = tenant.admin()
                .post(
                        "/api/v1/admin/users",
                        Map.of(
                                "email",
                                email,
                                "displayName",
                                "Leaving Person",
                                "password",
                                "leaving-password-1",
                                "role",
                                "ADMIN"));
        String token =
                login(email, "leaving-password-1").json().get("accessToken").asString();
        Api leaving = anonymous.withBearer(token);
        assertThat(leaving.post("/api/v1/sites", Map.of("code", "LV", "name", "Left", "timeZone", "UTC"))
                        .status())
                .isEqualTo(201);
        assertThat(tenant.admin().get("/api/v1/admin/audit?action=site.created").text())
                .contains(email);
        assertThat(tenant.admin()
                        .delete("/api/v1/admin/users/" + user.json().get("id").asString())
                        .status())
                .isEqualTo(204);
        var audit = tenant.admin().get("/api/v1/admin/audit?size=200").text();
        assertThat(audit).doesNotContain(email).doesNotContain("Leaving Person").contains("site.created");
        assertThat(leaving.get("/api/v1/sites").status()).isEqualTo(401);
        assertThat(login(email, "leaving-password-1").status()).isEqualTo(401);
    }

    @Test
    void revokedKeysStopWorkingAtOnce() {
        var issued = admin.post("/api/v1/admin/api-keys", Map.of("name", "temp", "role", "OPERATOR"));
        Api key = anonymous.withKey(issued.json().get("value").asString());
        assertThat(key.get("/api/v1/sites").status()).isEqualTo(200);
        assertThat(admin.delete("/api/v1/admin/api-keys/"
                                + issued.json().get("key").get("id").asString())
                        .status())
                .isEqualTo(200);
        assertThat(key.get("/api/v1/sites").status()).isEqualTo(401);
        assertThat(admin.get("/api/v1/admin/api-keys?size=200").text())
                .doesNotContain(issued.json().get("value").asString());
    }

    @Test
    void rolesFollowTheHierarchyAndSiteBoundUsersSeeTheirSitesOnly() {
        var tenant = TestTenants.create(admin, anonymous, "Roles");
        var second = tenant.admin().post("/api/v1/sites", Map.of("code", "P2", "name", "Second", "timeZone", "UTC"));
        String email = "op@" + tenant.slug() + ".test";
        tenant.admin()
                .post(
                        "/api/v1/admin/users",
                        Map.of(
                                "email",
                                email,
                                "displayName",
                                "Operador",
                                "password",
                                "operator-password-1",
                                "role",
                                "OPERATOR",
                                "siteIds",
                                List.of(tenant.siteId())));
        Api operator = anonymous.withBearer(
                login(email, "operator-password-1").json().get("accessToken").asString());
        var sites = operator.get("/api/v1/sites").text();
        assertThat(sites)
                .contains(tenant.siteId().toString())
                .doesNotContain(second.json().get("id").asString());
        assertThat(operator.get("/api/v1/sites/" + second.json().get("id").asString())
                        .status())
                .isEqualTo(404);
        assertThat(operator.get("/api/v1/maintenance/assets").status()).isEqualTo(200);
        assertThat(operator.post(
                                "/api/v1/maintenance/areas",
                                Map.of("siteId", tenant.siteId(), "code", "X", "name", "x"))
                        .status())
                .isEqualTo(403);
        String supKey = tenant.admin()
                .post("/api/v1/admin/api-keys", Map.of("name", "sup", "role", "SUPERVISOR"))
                .json()
                .get("value")
                .asString();
        Api supervisor = anonymous.withKey(supKey);
        assertThat(supervisor
                        .post("/api/v1/maintenance/areas", Map.of("siteId", tenant.siteId(), "code", "X", "name", "x"))
                        .status())
                .isEqualTo(201);
        assertThat(supervisor.get("/api/v1/admin/users").status()).isEqualTo(403);
        assertThat(tenant.admin()
                        .post(
                                "/api/v1/admin/api-keys",
                                Map.of("name", "escalate", "role", "ADMIN", "platformAdmin", true))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aTenantlessPlatformAdminActsInATenantOnlyThroughTheTenantHeader() {
        var tenant = TestTenants.create(admin, anonymous, "Hosted");
        var created = admin.post(
                "/api/v1/admin/platform-admins",
                Map.of(
                        "email",
                        "ops@" + tenant.slug() + ".test",
                        "displayName",
                        "Ops",
                        "password",
                        "platform-password-1"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Api ops = anonymous.withBearer(login("ops@" + tenant.slug() + ".test", "platform-password-1")
                .json()
                .get("accessToken")
                .asString());
        var me = ops.get("/api/v1/auth/me").json();
        assertThat(me.get("tenantId").isNull()).isTrue();
        assertThat(ops.get("/api/v1/admin/tenants?size=200").text())
                .contains(tenant.id().toString());
        assertThat(ops.get("/api/v1/sites").status())
                .as("no tenant role without the header")
                .isEqualTo(403);
        Api inTenant = ops.withHeader("X-Tenant-Id", tenant.id().toString());
        assertThat(inTenant.get("/api/v1/sites").text())
                .contains(tenant.siteId().toString());
        assertThat(ops.withHeader("X-Tenant-Id", java.util.UUID.randomUUID().toString())
                        .get("/api/v1/sites")
                        .status())
                .isEqualTo(400);
        assertThat(tenant.admin()
                        .post(
                                "/api/v1/admin/platform-admins",
                                Map.of(
                                        "email",
                                        "x@" + tenant.slug() + ".test",
                                        "displayName",
                                        "X",
                                        "password",
                                        "platform-password-1"))
                        .status())
                .isEqualTo(403);
    }

    private Api.Response login(String email, String password) {
        return anonymous.post("/api/v1/auth/token", Map.of("email", email, "password", password));
    }
}
