package org.millwright.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.millwright.platform.ProblemDetailIT.assertProblem;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.millwright.support.Api;
import org.millwright.support.IntegrationTest;
import org.springframework.test.context.TestPropertySource;

/** Requests over a caller's or a tenant's per-minute budget get 429 with Retry-After. */
@TestPropertySource(
        properties = {
            "millwright.rate-limit.per-principal-per-minute=5",
            "millwright.rate-limit.per-tenant-per-minute=12",
            "millwright.rate-limit.anonymous-per-minute=3"
        })
class RateLimitIT extends IntegrationTest {

    @Test
    void rateLimitAnswers429WithRetryAfterAndHeaders() {
        String key = admin.post("/api/v1/admin/api-keys", Map.of("name", "limited", "role", "OPERATOR"))
                .json()
                .get("value")
                .asString();
        Api limited = anonymous.withKey(key);
        Api.Response last = null;
        for (int i = 0; i < 6; i++) {
            last = limited.get("/api/v1/sites");
            if (i == 0) {
                assertThat(last.header("RateLimit-Limit")).isEqualTo("5");
                assertThat(last.header("RateLimit-Remaining")).isEqualTo("4");
            }
        }
        assertProblem(last, 429, "rate-limited");
        assertThat(Long.parseLong(last.header("Retry-After"))).isPositive();
        assertThat(last.header("RateLimit-Remaining")).isEqualTo("0");
    }

    @Test
    void anonymousCallsSuchAsLoginsAreLimitedPerAddress() {
        Api.Response last = null;
        for (int i = 0; i < 4; i++) {
            last = anonymous.post("/api/v1/auth/token", Map.of("email", "nobody@x.test", "password", "wrong-password"));
        }
        assertProblem(last, 429, "rate-limited");
    }
}
