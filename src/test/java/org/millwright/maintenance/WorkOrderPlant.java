package org.millwright.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.millwright.support.Api;
import org.millwright.support.TestTenants;
import tools.jackson.databind.JsonNode;

/**
 * A tenant with a plant (America/Santiago), one asset and its admin client (a supervisor and
 * more), for work order tests; makes users with their own clients, work orders, and drives a work
 * order to any status along the legal path.
 */
final class WorkOrderPlant {

    static final String BASE = "/api/v1/maintenance/work-orders";
    static final ZoneId ZONE = ZoneId.of("America/Santiago");
    final TestTenants.Tenant tenant;
    final Api admin;
    final UUID siteId;
    final UUID assetId;
    private final Api anonymous;

    private WorkOrderPlant(TestTenants.Tenant tenant, Api anonymous) {
        this.tenant = tenant;
        this.admin = tenant.admin();
        this.anonymous = anonymous;
        this.siteId = tenant.siteId();
        this.assetId = asset(siteId, "P-" + unique());
    }

    static WorkOrderPlant create(Api platformAdmin, Api anonymous, String label) {
        return new WorkOrderPlant(TestTenants.create(platformAdmin, anonymous, label), anonymous);
    }

    UUID asset(UUID site, String code) {
        var created = admin.post(
                "/api/v1/maintenance/assets",
                Map.of(
                        "siteId",
                        site,
                        "code",
                        code,
                        "details",
                        Map.of("name", "Bomba " + code, "type", "pump", "criticality", "A")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return TestTenants.id(created.json());
    }

    UUID site(String code, String zone) {
        var created = admin.post("/api/v1/sites", Map.of("code", code, "name", "Plant " + code, "timeZone", zone));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return TestTenants.id(created.json());
    }

    /** A user of the tenant with this role (bound to these sites, none: all) and a client logged in as them. */
    Person person(String name, String role, UUID... sites) {
        String email = name.toLowerCase() + "-" + unique().toLowerCase() + "@" + tenant.slug() + ".test";
        String password = "password-" + unique();
        var created = admin.post(
                "/api/v1/admin/users",
                Map.of(
                        "email", email,
                        "displayName", name,
                        "password", password,
                        "role", role,
                        "siteIds", List.of(sites)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var login = anonymous.post("/api/v1/auth/token", Map.of("email", email, "password", password));
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        return new Person(
                TestTenants.id(created.json()),
                anonymous.withBearer(login.json().get("accessToken").asString()));
    }

    /** A work order body on the plant's asset; {@code extra} adds or replaces fields. */
    Map<String, Object> order(String title, Map<String, Object> extra) {
        Map<String, Object> body =
                new HashMap<>(Map.of("assetId", assetId, "type", "CORRECTIVE", "priority", "MEDIUM", "title", title));
        body.putAll(extra);
        return body;
    }

    JsonNode create(String title) {
        return create(order(title, Map.of()));
    }

    JsonNode create(Map<String, Object> body) {
        var created = admin.post(BASE, body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    /** A move by the admin that must succeed. */
    JsonNode move(UUID id, String path, Object body) {
        return move(admin, id, path, body);
    }

    static JsonNode move(Api as, UUID id, String path, Object body) {
        var moved = as.post(BASE + "/" + id + "/" + path, body);
        assertThat(moved.status()).as(path + ": " + moved).isEqualTo(200);
        return moved.json();
    }

    /** A new work order assigned to {@code assignee} and moved along the legal path to {@code status}. */
    UUID inStatus(WorkOrderStatus status, UUID assignee) {
        UUID id = TestTenants.id(create("Towards " + status));
        if (status == WorkOrderStatus.OPEN) {
            return id;
        }
        if (status == WorkOrderStatus.CANCELLED) {
            move(id, "cancel", Map.of("reason", "not needed"));
            return id;
        }
        move(id, "assign", Map.of("userIds", List.of(assignee)));
        List<String> path = switch (status) {
            case ASSIGNED -> List.of();
            case ACCEPTED -> List.of("accept");
            case IN_PROGRESS -> List.of("accept", "start");
            case ON_HOLD -> List.of("accept", "start", "hold");
            case COMPLETED -> List.of("accept", "start", "complete");
            case CLOSED -> List.of("accept", "start", "complete", "close");
            default -> throw new IllegalArgumentException(status.name());
        };
        for (String step : path) {
            move(id, step, step.equals("hold") ? Map.of("reason", "waiting for parts") : null);
        }
        return id;
    }

    JsonNode get(UUID id) {
        var found = admin.get(BASE + "/" + id);
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        return found.json();
    }

    LocalDate today() {
        return LocalDate.now(ZONE);
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** A user and a client acting as them. */
    record Person(UUID id, Api api) {}
}
