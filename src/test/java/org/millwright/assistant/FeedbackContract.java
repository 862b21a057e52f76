package org.millwright.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.millwright.assistant.internal.AnsweredTurn;
import org.millwright.assistant.internal.feedback.VerifiedFix;
import org.millwright.assistant.internal.feedback.VerifiedFixBoost;
import org.millwright.knowledge.RetrievedPassage;
import org.millwright.platform.tenancy.TenantContext;
import org.millwright.support.Api;
import org.millwright.support.TestTenants;
import org.millwright.support.TestTenants.Tenant;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Feedback on answers and verified fixes, on H2 and PostgreSQL. The answers come from {@link
 * TestAnsweredTurns}, which the implementing test classes import.
 */
public interface FeedbackContract {

    String FEEDBACK = "/api/v1/assistant/feedback";
    String FIXES = "/api/v1/assistant/verified-fixes";

    Api platformAdmin();

    Api anonymousClient();

    JdbcTemplate jdbc();

    <T> T bean(Class<T> type);

    @Test
    default void feedbackIsOnePerUserAndAnswerAndTechniciansMakeVerifiedFixes() {
        Tenant t = TestTenants.create(platformAdmin(), anonymousClient(), "Feedback");
        UUID pump = asset(t, "P-1", "pump");
        Key operator = key(t, "OPERATOR");
        Key technician = key(t, "TECHNICIAN");
        Key supervisor = key(t, "SUPERVISOR");
        TestAnsweredTurns turns = bean(TestAnsweredTurns.class);
        UUID c1 = UUID.randomUUID();
        UUID c2 = UUID.randomUUID();
        AnsweredTurn operatorsAnswer = turns.add(t.id(), operator.id(), pump, "pump", List.of(c1));
        AnsweredTurn techniciansAnswer = turns.add(t.id(), technician.id(), pump, "pump", List.of(c1, c2));

        var first = operator.api().post(FEEDBACK, body(operatorsAnswer, false, "Wrong torque value", null, false));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().get("replaced").asBoolean()).isFalse();
        assertThat(first.json().get("feedback").get("comment").asString()).isEqualTo("Wrong torque value");

        var second = operator.api().post(FEEDBACK, body(operatorsAnswer, true, null, null, true));
        assertThat(second.status()).as("a second feedback replaces the first").isEqualTo(200);
        assertThat(second.json().get("replaced").asBoolean()).isTrue();
        assertThat(second.json().get("verifiedFix").isNull())
                .as("an operator's confirmation is kept as feedback but makes no fix")
                .isTrue();
        assertThat(count("assistant_feedback", t.id())).isEqualTo(1);
        assertThat(count("assistant_verified_fixes", t.id())).isZero();

        assertThat(technician
                        .api()
                        .post(FEEDBACK, body(operatorsAnswer, true, null, null, false))
                        .status())
                .as("another user's conversation")
                .isEqualTo(404);

        var fixed = technician.api().post(FEEDBACK, body(techniciansAnswer, true, "Worked", null, true));
        assertThat(fixed.status()).as(fixed.toString()).isEqualTo(201);
        JsonNode fix = fixed.json().get("verifiedFix");
        assertThat(fix.get("assetId").asString()).isEqualTo(pump.toString());
        assertThat(fix.get("assetType").asString()).isEqualTo("pump");
        assertThat(fix.get("confirmedBy").asString()).isEqualTo(technician.id().toString());
        assertThat(fix.get("citedChunkIds").size()).isEqualTo(2);
        assertThat(fix.get("question").asString()).isEqualTo(techniciansAnswer.question());
        assertThat(fixed.json().get("feedback").get("verifiedFixId").asString())
                .isEqualTo(fix.get("id").asString());

        var bySupervisor = supervisor.api().post(FEEDBACK, body(operatorsAnswer, true, null, null, true));
        assertThat(bySupervisor.status())
                .as("a supervisor judges any conversation's answers")
                .isEqualTo(201);
        assertThat(bySupervisor.json().get("verifiedFix").isObject()).isTrue();
        assertThat(ids(supervisor.api().get(FIXES + "?assetId=" + pump).json())).hasSize(2);
        assertThat(ids(supervisor.api().get(FIXES + "?assetType=Pump").json())).hasSize(2);
        assertThat(ids(supervisor.api().get(FIXES + "?assetType=motor").json())).isEmpty();

        var undone = technician.api().post(FEEDBACK, body(techniciansAnswer, false, "It came back", null, false));
        assertThat(undone.status()).isEqualTo(200);
        assertThat(undone.json().get("verifiedFix").isNull()).isTrue();
        assertThat(ids(supervisor.api().get(FIXES + "?assetId=" + pump).json()))
                .as("the only confirmation taken back, the fix is gone")
                .hasSize(1);

        JsonNode unhelpful = supervisor.api().get(FEEDBACK + "?helpful=false").json();
        assertThat(unhelpful.get("totalItems").asInt()).isEqualTo(1);
        JsonNode item = unhelpful.get("items").get(0);
        assertThat(item.get("comment").asString()).isEqualTo("It came back");
        assertThat(item.get("question").asString()).isEqualTo(techniciansAnswer.question());
        assertThat(item.get("answer").asString()).isEqualTo(techniciansAnswer.answer());
        assertThat(item.get("userId").asString()).isEqualTo(technician.id().toString());
        assertThat(item.get("at").asString()).isNotBlank();
        assertThat(supervisor
                        .api()
                        .get(FEEDBACK + "?helpful=true")
                        .json()
                        .get("totalItems")
                        .asInt())
                .isEqualTo(2);
        assertThat(supervisor
                        .api()
                        .get(FEEDBACK + "?assetId=" + UUID.randomUUID())
                        .json()
                        .get("totalItems")
                        .asInt())
                .isZero();
        assertThat(supervisor
                        .api()
                        .get(FEEDBACK + "?from=2000-01-01&to=2000-01-02")
                        .json()
                        .get("totalItems")
                        .asInt())
                .isZero();
        assertThat(technician.api().get(FEEDBACK).status()).isEqualTo(403);
        assertThat(technician.api().get(FIXES).status()).isEqualTo(403);
    }

    @Test
    default void verifiedFixesRaiseTheirPassagesForTheMachineAndHalfAsMuchForItsType() {
        Tenant t = TestTenants.create(platformAdmin(), anonymousClient(), "Boost");
        UUID pump = asset(t, "P-1", "pump");
        UUID twin = asset(t, "P-2", "pump");
        UUID motor = asset(t, "M-1", "motor");
        Key technician = key(t, "TECHNICIAN");
        UUID cited = UUID.randomUUID();
        AnsweredTurn answer = bean(TestAnsweredTurns.class).add(t.id(), technician.id(), pump, "pump", List.of(cited));
        assertThat(technician
                        .api()
                        .post(FEEDBACK, body(answer, true, null, null, true))
                        .status())
                .isEqualTo(201);

        var passages =
                List.of(passage(UUID.randomUUID(), 1.0f), passage(UUID.randomUUID(), 0.8f), passage(cited, 0.6f));
        VerifiedFixBoost boost = bean(VerifiedFixBoost.class);
        List<RetrievedPassage> forPump = TenantContext.call(t.id(), () -> boost.rerank(pump, "pump", passages));
        assertThat(forPump.getFirst().chunkId()).isEqualTo(cited);
        assertThat(forPump.getFirst().score()).as("0.6 × 2").isCloseTo(1.2f, within(1e-6f));
        List<RetrievedPassage> forTwin = TenantContext.call(t.id(), () -> boost.rerank(twin, null, passages));
        assertThat(forTwin.get(1).chunkId())
                .as("0.6 × 1.5 = 0.9: between 1.0 and 0.8")
                .isEqualTo(cited);
        assertThat(forTwin.get(1).score()).isCloseTo(0.9f, within(1e-6f));
        assertThat(TenantContext.call(t.id(), () -> boost.rerank(motor, "motor", passages)))
                .as("another machine type")
                .isEqualTo(passages);
        assertThat(TenantContext.call(UUID.randomUUID(), () -> boost.rerank(pump, "pump", passages)))
                .as("another tenant")
                .isEqualTo(passages);

        List<VerifiedFix> shown = TenantContext.call(t.id(), () -> boost.forMachine(twin, null, 5));
        assertThat(shown).singleElement().satisfies(f -> assertThat(f.assetId()).isEqualTo(pump));
        assertThat(TenantContext.call(t.id(), () -> boost.forMachine(motor, null, 5)))
                .isEmpty();
    }

    @Test
    default void badFeedbackIsRefusedAndChangesNothing() {
        Tenant t = TestTenants.create(platformAdmin(), anonymousClient(), "BadFeedback");
        UUID pump = asset(t, "P-1", "pump");
        Key technician = key(t, "TECHNICIAN");
        TestAnsweredTurns turns = bean(TestAnsweredTurns.class);
        AnsweredTurn aboutPump = turns.add(t.id(), technician.id(), pump, "pump", List.of());
        AnsweredTurn aboutNothing = turns.add(t.id(), technician.id(), null, null, List.of());
        Api api = technician.api();

        Map<String, Object> noHelpful = body(aboutPump, true, null, null, false);
        noHelpful.remove("helpful");
        assertThat(api.post(FEEDBACK, noHelpful).status()).isEqualTo(400);
        assertThat(api.post(FEEDBACK, body(aboutPump, true, "x".repeat(2001), null, false))
                        .status())
                .isEqualTo(400);
        assertThat(api.post(FEEDBACK, body(aboutPump, false, null, null, true)).status())
                .as("a fix that did not help")
                .isEqualTo(400);
        assertThat(api.post(FEEDBACK, body(aboutPump, true, null, UUID.randomUUID(), false))
                        .status())
                .as("an unknown machine")
                .isEqualTo(400);
        var noMachine = api.spanish().post(FEEDBACK, body(aboutNothing, true, null, null, true));
        assertThat(noMachine.status()).as("a fix of no machine").isEqualTo(400);
        assertThat(noMachine.json().get("detail").asString()).contains("máquina");
        Map<String, Object> unknown = body(aboutPump, true, null, null, false);
        unknown.put("turnId", UUID.randomUUID());
        assertThat(api.post(FEEDBACK, unknown).status()).isEqualTo(404);
        Map<String, Object> otherConversation = body(aboutPump, true, null, null, false);
        otherConversation.put("conversationId", UUID.randomUUID());
        assertThat(api.post(FEEDBACK, otherConversation).status()).isEqualTo(404);
        assertThat(anonymousClient()
                        .post(FEEDBACK, body(aboutPump, true, null, null, false))
                        .status())
                .isEqualTo(401);
        assertThat(count("assistant_feedback", t.id())).isZero();

        Tenant other = TestTenants.create(platformAdmin(), anonymousClient(), "OtherFeedback");
        assertThat(other.admin()
                        .post(FEEDBACK, body(aboutPump, true, null, null, false))
                        .status())
                .as("another tenant's answer")
                .isEqualTo(404);
        assertThat(t.admin().get(FEEDBACK + "?from=yesterday").status()).isEqualTo(400);
        assertThat(t.admin().get(FEEDBACK + "?from=2026-02-01&to=2026-01-01").status())
                .isEqualTo(400);
        assertThat(t.admin().get(FEEDBACK + "?size=0").status()).isEqualTo(400);
        assertThat(count("assistant_feedback", t.id())).isZero();
    }

    @Test
    default void aSupervisorWithdrawsAWrongFixAndTheFeedbackStays() {
        Tenant t = TestTenants.create(platformAdmin(), anonymousClient(), "Withdraw");
        UUID pump = asset(t, "P-1", "pump");
        UUID motor = asset(t, "M-1", "motor");
        Key technician = key(t, "TECHNICIAN");
        Key supervisor = key(t, "SUPERVISOR");
        AnsweredTurn answer = bean(TestAnsweredTurns.class).add(t.id(), technician.id(), pump, "pump", List.of());
        var given = technician.api().post(FEEDBACK, body(answer, true, null, motor, true));
        assertThat(given.status()).isEqualTo(201);
        JsonNode fix = given.json().get("verifiedFix");
        assertThat(fix.get("assetId").asString()).as("the machine named wins").isEqualTo(motor.toString());
        assertThat(fix.get("assetType").asString()).isEqualTo("motor");
        String path = FIXES + "/" + fix.get("id").asString();

        assertThat(technician.api().delete(path).status()).isEqualTo(403);
        Tenant other = TestTenants.create(platformAdmin(), anonymousClient(), "OtherWithdraw");
        assertThat(other.admin().delete(path).status()).isEqualTo(404);
        assertThat(ids(other.admin().get(FIXES).json())).isEmpty();
        assertThat(supervisor.api().delete(path).status()).isEqualTo(204);
        assertThat(supervisor.api().delete(path).status()).isEqualTo(404);
        assertThat(ids(supervisor.api().get(FIXES).json())).isEmpty();
        JsonNode kept = supervisor.api().get(FEEDBACK).json();
        assertThat(kept.get("totalItems").asInt()).isEqualTo(1);
        assertThat(kept.get("items").get(0).get("verifiedFixId").isNull()).isTrue();
        assertThat(kept.get("items").get(0).get("confirmedFix").asBoolean()).isTrue();

        var again = technician.api().post(FEEDBACK, body(answer, true, null, motor, true));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("verifiedFix").isObject())
                .as("confirming again makes it a fix again")
                .isTrue();
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** An API key of the tenant with a role: its id (the caller's subject id) and its client. */
    record Key(UUID id, Api api) {}

    private Key key(Tenant t, String role) {
        var issued = t.admin().post("/api/v1/admin/api-keys", Map.of("name", role + " key", "role", role));
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        JsonNode json = issued.json();
        return new Key(
                UUID.fromString(json.get("key").get("id").asString()),
                anonymousClient().withKey(json.get("value").asString()));
    }

    private static UUID asset(Tenant t, String code, String type) {
        var created = t.admin()
                .post(
                        "/api/v1/maintenance/assets",
                        Map.of(
                                "siteId",
                                t.siteId(),
                                "code",
                                code,
                                "details",
                                Map.of("name", code, "type", type, "criticality", "B")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return TestTenants.id(created.json());
    }

    private int count(String table, UUID tenantId) {
        Integer n = jdbc().queryForObject(
                        "select count(*) from " + table + " where tenant_id = ?", Integer.class, tenantId);
        return n == null ? 0 : n;
    }

    private static Map<String, Object> body(
            AnsweredTurn turn, boolean helpful, String comment, UUID assetId, boolean confirmedFix) {
        Map<String, Object> body = new HashMap<>();
        body.put("conversationId", turn.conversationId());
        body.put("turnId", turn.turnId());
        body.put("helpful", helpful);
        body.put("confirmedFix", confirmedFix);
        if (comment != null) {
            body.put("comment", comment);
        }
        if (assetId != null) {
            body.put("assetId", assetId);
        }
        return body;
    }

    private static List<String> ids(JsonNode page) {
        return page.get("items").valueStream().map(i -> i.get("id").asString()).toList();
    }

    private static RetrievedPassage passage(UUID chunkId, float score) {
        return new RetrievedPassage(
                chunkId, UUID.randomUUID(), "document", "Manual", List.of(), 1, 1, 2, "en", score, "s", "t", null);
    }
}
