package org.millwright.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.millwright.support.IntegrationTest;

/** Health, metrics, request ids and the API documentation. */
class ObservabilityIT extends IntegrationTest {

    @Test
    void healthIsUpWithTheDatabaseChecked() {
        var open = anonymous.get("/actuator/health");
        assertThat(open.status()).isEqualTo(200);
        assertThat(open.json().get("status").asString()).isEqualTo("UP");
        var detailed = admin.get("/actuator/health");
        assertThat(detailed.json().get("components").get("db").get("status").asString())
                .isEqualTo("UP");
    }

    @Test
    void prometheusNeedsAnAdminAndShowsHttpAndJvmMetrics() {
        assertThat(anonymous.get("/actuator/prometheus").status()).isEqualTo(401);
        admin.get("/api/v1/sites");
        var metrics = admin.get("/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.text()).contains("http_server_requests_seconds").contains("jvm_memory_used_bytes");
    }

    @Test
    void everyResponseCarriesARequestId() {
        assertThat(admin.get("/api/v1/sites").header("X-Request-Id")).isNotBlank();
        assertThat(admin.withHeader("X-Request-Id", "abc-123")
                        .get("/api/v1/sites")
                        .header("X-Request-Id"))
                .isEqualTo("abc-123");
        assertThat(admin.withHeader("X-Request-Id", "bad id\twith spaces")
                        .get("/api/v1/sites")
                        .header("X-Request-Id"))
                .isNotEqualTo("bad id\twith spaces");
    }

    @Test
    void openApi31AndSwaggerUiArePublished() {
        var docs = anonymous.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("openapi").asString()).startsWith("3.1");
        assertThat(docs.json().get("info").get("title").asString()).isEqualTo("Millwright API");
        assertThat(docs.json().get("components").get("securitySchemes").has("apiKey"))
                .isTrue();
        assertThat(docs.json().get("paths").has("/api/v1/sites")).isTrue();
        assertThat(docs.json().get("paths").has("/api/v1/maintenance/assets")).isTrue();
        var ui = anonymous.get("/docs");
        assertThat(ui.status()).isIn(200, 302);
        var page = anonymous.get("/swagger-ui/index.html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("swagger");
    }
}
