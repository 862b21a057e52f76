package org.millwright.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.millwright.platform.assets.AssetTimeline.Entry;
import org.millwright.platform.assets.AssetTimeline.Kind;
import org.millwright.platform.tenancy.TenantContext;
import org.millwright.support.Api;
import org.millwright.support.TestTenants;
import tools.jackson.databind.JsonNode;

/** The asset timeline's storage behaviour, run once on H2 and once on PostgreSQL. */
public interface TimelineContract {

    Api platformAdmin();

    Api anonymousClient();

    <T> T bean(Class<T> type);

    @Test
    default void entriesComeNewestFirstAndFilterByKindAndTime() {
        var t = TestTenants.create(platformAdmin(), anonymousClient(), "Timeline");
        String asset = asset(t.admin(), t.siteId(), "TL-1");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        var facade = bean(TimelineFacade.class);
        TenantContext.run(t.id(), () -> {
            facade.record(entry(asset, Kind.ALARM, "raised", now.minus(2, ChronoUnit.DAYS), "alarm:1"));
            facade.record(entry(asset, Kind.WORK_ORDER, "created", now.minus(1, ChronoUnit.DAYS), "wo:1"));
        });
        var note = t.admin().post(timeline(asset) + "/notes", Map.of("text", "Rodamiento lado acople con ruido"));
        assertThat(note.status()).as(note.toString()).isEqualTo(201);

        JsonNode all = t.admin().get(timeline(asset)).json();
        assertThat(all.get("totalItems").asInt()).isEqualTo(3);
        assertThat(kinds(all)).containsExactly("NOTE", "WORK_ORDER", "ALARM");
        assertThat(all.get("items").get(0).get("summary").asString()).contains("Rodamiento");
        assertThat(all.get("items").get(1).get("occurredAtLocal").asString()).matches(".*-0[34]:00");

        assertThat(kinds(t.admin()
                        .get(timeline(asset) + "?kind=alarm,work-order")
                        .json()))
                .containsExactly("WORK_ORDER", "ALARM");
        String since = now.minus(36, ChronoUnit.HOURS).toString();
        assertThat(kinds(t.admin().get(timeline(asset) + "?from=" + since).json()))
                .containsExactly("NOTE", "WORK_ORDER");
        assertThat(t.admin()
                        .get(timeline(asset) + "?size=1&page=2")
                        .json()
                        .get("items")
                        .get(0)
                        .get("kind")
                        .asString())
                .isEqualTo("ALARM");
        TenantContext.run(
                t.id(),
                () -> assertThat(facade.latest(UUID.fromString(asset), 2))
                        .extracting(TimelineItem::kind)
                        .containsExactly(Kind.NOTE, Kind.WORK_ORDER));
    }

    @Test
    default void aRedeliveredEntryIsWrittenOnce() {
        var t = TestTenants.create(platformAdmin(), anonymousClient(), "Dedup");
        String asset = asset(t.admin(), t.siteId(), "TL-2");
        var facade = bean(TimelineFacade.class);
        Instant at = Instant.now();
        TenantContext.run(t.id(), () -> {
            facade.record(entry(asset, Kind.PREDICTION, "assessed", at, "prediction:42"));
            facade.record(entry(asset, Kind.PREDICTION, "assessed", at, "prediction:42"));
        });
        assertThat(t.admin().get(timeline(asset)).json().get("totalItems").asInt())
                .isEqualTo(1);
    }

    @Test
    default void aKnowledgeNoteAboutAMachineAppearsOnItsTimeline() {
        var t = TestTenants.create(platformAdmin(), anonymousClient(), "Note");
        String asset = asset(t.admin(), t.siteId(), "TL-3");
        var note = t.admin()
                .post(
                        "/api/v1/knowledge/notes",
                        Map.of(
                                "text",
                                "El motor de la llenadora se calienta cuando se tapa el filtro de aire",
                                "assetIds",
                                List.of(asset)));
        assertThat(note.status()).as(note.toString()).isEqualTo(202);
        JsonNode item = t.admin().get(timeline(asset)).json().get("items").get(0);
        assertThat(item.get("kind").asString()).isEqualTo("NOTE");
        assertThat(item.get("refType").asString()).isEqualTo("knowledge-note");
        assertThat(item.get("refId").asString())
                .isEqualTo(note.json().get("document").get("id").asString());
    }

    @Test
    default void badRequestsAreRefusedAndChangeNothing() {
        var t = TestTenants.create(platformAdmin(), anonymousClient(), "Bad");
        String asset = asset(t.admin(), t.siteId(), "TL-4");
        assertThat(t.admin().get(timeline(asset) + "?kind=rocket").status()).isEqualTo(400);
        assertThat(t.admin()
                        .get(timeline(asset) + "?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z")
                        .status())
                .isEqualTo(400);
        assertThat(t.admin().get(timeline(UUID.randomUUID().toString())).status())
                .isEqualTo(404);
        assertThat(t.admin()
                        .post(timeline(asset) + "/notes", Map.of("text", " "))
                        .status())
                .isEqualTo(400);
        assertThat(t.admin()
                        .post(timeline(asset) + "/notes", Map.of("text", "x".repeat(501)))
                        .status())
                .isEqualTo(400);
        assertThat(t.admin().get(timeline(asset)).json().get("totalItems").asInt())
                .isZero();
    }

    private static Entry entry(String asset, Kind kind, String action, Instant at, String key) {
        return new Entry(UUID.fromString(asset), kind, action, kind + " " + action, "test", key, at, null, key);
    }

    private static List<String> kinds(JsonNode page) {
        return page.get("items")
                .valueStream()
                .map(i -> i.get("kind").asString())
                .toList();
    }

    private static String timeline(String asset) {
        return "/api/v1/maintenance/assets/" + asset + "/timeline";
    }

    private static String asset(Api api, UUID siteId, String code) {
        var created = api.post(
                "/api/v1/maintenance/assets",
                Map.of(
                        "siteId",
                        siteId,
                        "code",
                        code,
                        "details",
                        Map.of("name", "Machine " + code, "type", "pump", "criticality", "B")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }
}
