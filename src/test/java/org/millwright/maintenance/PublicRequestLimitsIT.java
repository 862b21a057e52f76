package org.millwright.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.millwright.maintenance.AssetExtensionsContract.asset;
import static org.millwright.maintenance.AssetExtensionsContract.created;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.millwright.support.IntegrationTest;
import org.millwright.support.TestTenants;
import org.springframework.test.context.TestPropertySource;

/** The public request page's limits: per client address and per asset, both 429 with Retry-After. */
@TestPropertySource(
        properties = {
            "millwright.maintenance.public-requests.per-minute=3",
            "millwright.maintenance.public-requests.max-pending-per-asset=2"
        })
class PublicRequestLimitsIT extends IntegrationTest {

    @Test
    void anAssetsQueueAndAnAddressesMinuteAreBounded() {
        var t = TestTenants.create(platformAdmin(), anonymousClient(), "Limits");
        String asset = created(t.admin().post("/api/v1/maintenance/assets", asset(t, "P-1", "pump")))
                .get("id")
                .asString();
        String page = MaintenanceRequestContract.publicPath(t.admin(), asset);
        var form = Map.of("description", "Fuga");

        assertThat(anonymous.upload(page, "photo", Map.of(), form).status()).isEqualTo(200);
        assertThat(anonymous.upload(page, "photo", Map.of(), form).status()).isEqualTo(200);
        var full = anonymous.spanish().upload(page, "photo", Map.of(), form);
        assertThat(full.status()).as("two requests already wait for this asset").isEqualTo(429);
        assertThat(full.text()).contains("2 solicitudes esperando");
        assertThat(Long.parseLong(full.header("Retry-After"))).isPositive();

        var limited = anonymous.upload(page, "photo", Map.of(), form);
        assertThat(limited.status())
                .as("a fourth submission in a minute from one address")
                .isEqualTo(429);
        assertThat(limited.text()).contains("at most 3 a minute");
        assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(anonymous.get(page).status())
                .as("the form itself is still shown")
                .isEqualTo(200);

        assertThat(t.admin()
                        .get("/api/v1/maintenance/requests")
                        .json()
                        .get("totalItems")
                        .asInt())
                .isEqualTo(2);
    }
}
