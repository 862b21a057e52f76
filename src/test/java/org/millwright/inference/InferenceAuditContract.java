package org.millwright.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.millwright.inference.internal.QuotaGate;
import org.millwright.inference.internal.audit.AuditRetention;
import org.millwright.platform.tenancy.TenantContext;
import org.millwright.support.Api;
import org.millwright.support.TestTenants;
import org.millwright.support.TestTenants.Tenant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The inference audit, usage, cost and quotas, run once on H2 and once on PostgreSQL. Events are
 * published as the model clients publish them; the test configuration prices the model {@code
 * test-priced} at 2.50 in and 10 out per million tokens.
 */
public interface InferenceAuditContract {

    String AUDIT = "/api/v1/inference/audit";
    String USAGE = "/api/v1/inference/usage";
    String QUOTA = "/api/v1/inference/quota";

    Api platformAdmin();

    Api anonymousClient();

    JdbcTemplate jdbc();

    ApplicationEventPublisher events();

    <T> T bean(Class<T> type);

    @Test
    default void successAndFailureAreAuditedAndReadBack() {
        Tenant t = TestTenants.create(platformAdmin(), anonymousClient(), "Audit");
        UUID user = UUID.randomUUID();
        UUID conversation = UUID.randomUUID();
        String longPrompt = "Why does the pump cavitate? " + "x".repeat(9000);
        InferenceRecorded ok = InferenceEvents.of(t.id())
                .user(user)
                .conversation(conversation)
                .prompt(longPrompt)
                .sources(List.of("doc-7#p12", "doc-9#p1"))
                .tokens(320, 80)
                .at(Instant.now().minusSeconds(60))
                .build();
        InferenceRecorded failed = InferenceEvents.of(t.id())
                .user(user)
                .conversation(conversation)
                .failed("TIMEOUT", "No answer within 30s")
                .response("")
                .tokens(0, 0)
                .at(Instant.now().minusSeconds(30))
                .build();
        publish(t, ok);
        publish(t, failed);
        publish(t, ok); // the same event again is not a second row nor counted twice

        JsonNode page = ok(t.admin().get(AUDIT)).json();
        assertThat(page.get("totalItems").asInt()).isEqualTo(2);
        JsonNode newest = page.get("items").get(0);
        assertThat(newest.get("id").asString()).isEqualTo(failed.id().toString());
        assertThat(newest.get("status").asString()).isEqualTo("TIMEOUT");
        assertThat(newest.get("error").asString()).isEqualTo("No answer within 30s");
        assertThat(newest.has("prompt")).as("lists leave the texts out").isFalse();
        assertThat(page.get("items").get(1).get("id").asString())
                .isEqualTo(ok.id().toString());

        JsonNode row = ok(t.admin().get(AUDIT + "/" + ok.id())).json();
        assertThat(row.get("status").asString()).isEqualTo("OK");
        assertThat(row.get("userId").asString()).isEqualTo(user.toString());
        assertThat(row.get("conversationId").asString()).isEqualTo(conversation.toString());
        assertThat(row.get("kind").asString()).isEqualTo("chat");
        assertThat(row.get("endpoint").asString()).isEqualTo("assistant.ask");
        assertThat(row.get("provider").asString()).isEqualTo("openai");
        assertThat(row.get("model").asString()).isEqualTo("test-priced");
        assertThat(row.get("tokensIn").asInt()).isEqualTo(320);
        assertThat(row.get("tokensOut").asInt()).isEqualTo(80);
        assertThat(row.get("latencyMs").asLong()).isEqualTo(1234);
        assertThat(row.get("firstTokenMs").asLong()).isEqualTo(210);
        assertThat(row.get("prompt").asString())
                .startsWith("Why does the pump cavitate?")
                .hasSize(8000);
        assertThat(row.get("response").asString()).startsWith("Open the bleed screw");
        assertThat(row.get("sources").toString()).isEqualTo("[\"doc-7#p12\",\"doc-9#p1\"]");
        assertThat(Duration.between(ok.at(), Instant.parse(row.get("createdAt").asString()))
                        .abs())
                .isLessThan(Duration.ofMillis(1));

        JsonNode usage = ok(t.admin().get(USAGE)).json().get("total");
        assertThat(usage.get("requests").asLong()).isEqualTo(2);
        assertThat(usage.get("errors").asLong()).isEqualTo(1);
        assertThat(usage.get("tokensIn").asLong()).isEqualTo(320);

        assertThat(t.admin().get(AUDIT + "/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(t.admin().get(AUDIT + "/not-a-uuid").status()).isEqualTo(400);
    }

    @Test
    default void theAuditFiltersAndPages() {
        Tenant t = TestTenants.create(platformAdmin(), anonymousClient(), "Filters");
        UUID ana = UUID.randomUUID();
        UUID ben = UUID.randomUUID();
        UUID chat = UUID.randomUUID();
        Instant base = Instant.parse("2025-02-10T12:00:00Z");
        List<InferenceRecorded> sent = List.of(
                InferenceEvents.of(t.id()).user(ana).conversation(chat).at(base).build(),
                InferenceEvents.of(t.id())
                        .user(ana)
                        .conversation(chat)
                        .model("llama3.1:8b")
                        .at(base.plus(1, ChronoUnit.HOURS))
                        .build(),
                InferenceEvents.of(t.id())
                        .user(ben)
                        .endpoint("assistant.summary")
                        .failed("UNAVAILABLE", "connection refused")
                        .at(base.plus(1, ChronoUnit.DAYS))
                        .build(),
                InferenceEvents.of(t.id())
                        .user(ben)
                        .kind("transcription")
                        .endpoint("assistant.voice")
                        .model("whisper-1")
                        .tokens(0, 0)
                        .at(base.plus(2, ChronoUnit.DAYS))
                        .build(),
                InferenceEvents.of(t.id()).at(base.plus(3, ChronoUnit.DAYS)).build());
        sent.forEach(e -> publish(t, e));
        Api api = t.admin();

        assertThat(ids(api, "")).containsExactly(idsOf(sent, 4, 3, 2, 1, 0));
        assertThat(ids(api, "?userId=" + ana)).containsExactly(idsOf(sent, 1, 0));
        assertThat(ids(api, "?conversationId=" + chat)).containsExactly(idsOf(sent, 1, 0));
        assertThat(ids(api, "?model=llama3.1:8b")).containsExactly(idsOf(sent, 1));
        assertThat(ids(api, "?endpoint=assistant.summary")).containsExactly(idsOf(sent, 2));
        assertThat(ids(api, "?status=unavailable")).containsExactly(idsOf(sent, 2));
        assertThat(ids(api, "?status=OK&kind=chat")).containsExactly(idsOf(sent, 4, 1, 0));
        assertThat(ids(api, "?kind=transcription")).containsExactly(idsOf(sent, 3));
        assertThat(ids(api, "?from=2025-02-11T12:00:00Z&to=2025-02-13T12:00:00Z"))
                .as("from inclusive, to exclusive")
                .containsExactly(idsOf(sent, 3, 2));
        assertThat(ids(api, "?from=2025-02-10&to=2025-02-10"))
                .as("a date is a whole UTC day")
                .containsExactly(idsOf(sent, 1, 0));
        assertThat(ids(api, "?from=2025-02-12T09:00:00-03:00")).containsExactly(idsOf(sent, 4, 3));

        JsonNode first = ok(api.get(AUDIT + "?size=2")).json();
        assertThat(first.get("totalItems").asInt()).isEqualTo(5);
        assertThat(first.get("totalPages").asInt()).isEqualTo(3);
        JsonNode last = ok(api.get(AUDIT + "?size=2&page=2")).json();
        assertThat(last.get("items")).hasSize(1);
        assertThat(last.get("items").get(0).get("id").asString())
                .isEqualTo(sent.get(0).id().toString());

        List<String> badFilters = List.of(
                "?status=EXPLODED",
                "?kind=embedding",
                "?from=yesterday",
                "?to=2025-13-01",
                "?from=2025-02-12&to=2025-02-11",
                "?from=2025-02-12T00:00:00Z&to=2025-02-12T00:00:00Z",
                "?userId=ana",
                "?conversationId=42",
                "?model=" + "m".repeat(201));
        List<String> badPages = List.of("?size=0", "?size=100000", "?page=-1");
        for (String bad : badFilters) {
            assertProblem(api.get(AUDIT + bad), bad);
            assertProblem(api.get("/api/v1/inference/audit.csv" + bad), "csv " + bad);
        }
        for (String bad : badPages) {
            assertProblem(api.get(AUDIT + bad), bad);
        }
    }

    @Test
    default void theCsvExportHasTheFilteredRowsAndDisarmsFormulas() throws Exception {
        Tenant t = TestTenants.create(platformAdmin(), anonymousClient(), "Csv");
        Instant base = Instant.parse("2025-03-01T08:00:00Z");
        InferenceRecorded formula = InferenceEvents.of(t.id())
                .prompt("=HYPERLINK(\"http://evil.test\",\"click\")")
                .response("+1, then \"quote\"\nsecond line")
                .at(base)
                .build();
        InferenceRecorded failed = InferenceEvents.of(t.id())
                .failed("REJECTED", "@SUM(A1:A2)")
                .at(base.plusSeconds(60))
                .build();
        InferenceRecorded other = InferenceEvents.of(t.id())
                .prompt("-2+3")
                .at(base.plusSeconds(120))
                .build();
        List.of(formula, failed, other).forEach(e -> publish(t, e));

        var response = t.admin().get("/api/v1/inference/audit.csv?to=2025-03-01T08:01:30Z");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("text/csv");
        assertThat(response.header("Content-Disposition")).contains("inference-audit.csv");
        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(response.text()))
                .getRecords();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("id")).isEqualTo(failed.id().toString());
        assertThat(rows.get(0).get("status")).isEqualTo("REJECTED");
        assertThat(rows.get(0).get("error")).isEqualTo("'@SUM(A1:A2)");
        assertThat(rows.get(1).get("prompt")).isEqualTo("'=HYPERLINK(\"http://evil.test\",\"click\")");
        assertThat(rows.get(1).get("response")).isEqualTo("'+1, then \"quote\"\nsecond line");
        assertThat(rows.get(1).get("tokens_in")).isEqualTo("100");
        assertThat(rows.get(1).get("sources")).isEqualTo("doc-1#p3");
        assertThat(rows.get(1).get("created_at")).isEqualTo("2025-03-01T08:00:00Z");

        var onlyOther = t.admin()
                .get("/api/v1/inference/audit.csv?from=2025-03-01T08:02:00Z")
                .text();
        assertThat(onlyOther)
                .contains(other.id().toString())
                .contains("'-2+3")
                .doesNotContain(formula.id().toString());
    }

    @Test
    default void usageIsGroupedByDayUserAndModelWithCost() {
        Tenant t = TestTenants.create(platformAdmin(), anonymousClient(), "Usage");
        UUID ana = UUID.randomUUID();
        Instant day1 = Instant.parse("2025-01-10T23:30:00Z");
        Instant day2 = Instant.parse("2025-01-11T00:30:00Z");
        publish(
                t,
                InferenceEvents.of(t.id()).user(ana).tokens(1000, 500).at(day1).build());
        publish(
                t,
                InferenceEvents.of(t.id()).user(ana).tokens(3000, 1500).at(day2).build());
        publish(
                t,
                InferenceEvents.of(t.id())
                        .model("mystery-model")
                        .tokens(700, 300)
                        .at(day2)
                        .build());
        publish(
                t,
                InferenceEvents.of(t.id())
                        .user(ana)
                        .failed("TIMEOUT", "slow")
                        .tokens(0, 0)
                        .at(day2)
                        .build());
        publish(
                t,
                InferenceEvents.of(t.id())
                        .tokens(99, 99)
                        .at(Instant.parse("2025-01-20T10:00:00Z"))
                        .build());
        Api api = t.admin();
        String range = USAGE + "?from=2025-01-01&to=2025-01-15";

        JsonNode byDay = ok(api.get(range)).json();
        assertThat(byDay.get("groupBy").asString()).isEqualTo("day");
        assertThat(byDay.get("currency").asString()).isEqualTo("USD");
        assertThat(byDay.get("from").asString()).isEqualTo("2025-01-01");
        JsonNode days = byDay.get("groups");
        assertThat(days).hasSize(2);
        assertThat(days.get(0).get("key").asString()).isEqualTo("2025-01-10");
        assertTally(days.get(0).get("usage"), 1, 0, 1000, 500, "0.007500", true);
        assertThat(days.get(1).get("key").asString()).isEqualTo("2025-01-11");
        // 3000 in * 2.50 / M + 1500 out * 10 / M = 0.0225; mystery-model costs 0, unpriced
        assertTally(days.get(1).get("usage"), 3, 1, 3700, 1800, "0.022500", false);
        assertTally(byDay.get("total"), 4, 1, 4700, 2300, "0.030000", false);

        JsonNode byUser = ok(api.get(range + "&groupBy=user")).json().get("groups");
        assertThat(byUser).hasSize(2);
        assertThat(byUser.get(0).get("key").asString()).isEqualTo(ana.toString());
        assertTally(byUser.get(0).get("usage"), 3, 1, 4000, 2000, "0.030000", true);
        assertThat(byUser.get(1).get("key").asString()).isEqualTo("none");
        assertTally(byUser.get(1).get("usage"), 1, 0, 700, 300, "0.000000", false);

        JsonNode byModel = ok(api.get(range + "&groupBy=MODEL")).json().get("groups");
        assertThat(byModel).hasSize(2);
        assertThat(byModel.get(0).get("key").asString()).isEqualTo("test-priced");
        assertTally(byModel.get(0).get("usage"), 3, 1, 4000, 2000, "0.030000", true);
        assertThat(byModel.get(1).get("key").asString()).isEqualTo("mystery-model");
        assertThat(byModel.get(1).get("usage").get("priced").asBoolean()).isFalse();

        JsonNode oneDay =
                ok(api.get(USAGE + "?from=2025-01-11T05:00:00Z&to=2025-01-11")).json();
        assertTally(oneDay.get("total"), 3, 1, 3700, 1800, "0.022500", false);
        JsonNode quota = oneDay.get("quota");
        assertThat(quota.get("month").asString())
                .isEqualTo(YearMonth.now(ZoneOffset.UTC).toString());
        assertThat(quota.get("quota").asLong()).isZero();
        assertThat(quota.get("remaining").isNull()).isTrue();

        JsonNode thisMonth = ok(api.get(USAGE)).json();
        assertThat(thisMonth.get("from").asString())
                .isEqualTo(LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1).toString());
        assertThat(thisMonth.get("groups")).isEmpty();

        for (String bad : List.of(
                "?groupBy=site", "?from=2025-02-01&to=2025-01-01", "?from=2015-01-01&to=2025-01-01", "?from=someday")) {
            var response = api.get(USAGE + bad);
            assertThat(response.status()).as(bad + ": " + response).isEqualTo(400);
        }
    }

    @Test
    default void theQuotaRefusesASpentMonthAndATenantMaySetItsOwn() {
        Tenant t = TestTenants.create(platformAdmin(), anonymousClient(), "Quota");
        Tenant other = TestTenants.create(platformAdmin(), anonymousClient(), "Other");
        QuotaGate gate = bean(QuotaGate.class);
        Api api = t.admin();

        JsonNode initial = ok(api.get(QUOTA)).json();
        assertThat(initial.get("quota").asLong())
                .as("no default quota configured")
                .isZero();
        assertThat(initial.get("tenantQuota").isNull()).isTrue();
        assertThat(initial.get("exceeded").asBoolean()).isFalse();

        JsonNode set = ok(api.put(QUOTA, Map.of("monthlyTokenQuota", 1000))).json();
        assertThat(set.get("quota").asLong()).isEqualTo(1000);
        assertThat(set.get("tenantQuota").asLong()).isEqualTo(1000);
        assertThat(set.get("remaining").asLong()).isEqualTo(1000);
        assertThatCode(() -> gate.requireTokensLeft(t.id())).doesNotThrowAnyException();

        publish(t, InferenceEvents.of(t.id()).tokens(600, 300).build());
        assertThatCode(() -> gate.requireTokensLeft(t.id())).as("900 of 1000").doesNotThrowAnyException();
        publish(t, InferenceEvents.of(t.id()).tokens(80, 20).build());
        LocalDate renews = YearMonth.now(ZoneOffset.UTC).plusMonths(1).atDay(1);
        assertThatThrownBy(() -> gate.requireTokensLeft(t.id()))
                .isInstanceOfSatisfying(QuotaExceededException.class, e -> {
                    assertThat(e.reason()).isEqualTo(InferenceException.Reason.QUOTA_EXCEEDED);
                    assertThat(e.quota()).isEqualTo(1000);
                    assertThat(e.used()).isEqualTo(1000);
                    assertThat(e.renewsOn()).isEqualTo(renews);
                    assertThat(e.retryAfter(Instant.now())).isPositive().isLessThanOrEqualTo(Duration.ofDays(31));
                    MessageSource messages = bean(MessageSource.class);
                    assertThat(messages.getMessage(QuotaExceededException.MESSAGE_KEY, e.messageArgs(), Locale.ENGLISH))
                            .isEqualTo("The monthly quota of 1,000 tokens is spent; it renews on " + renews + ".");
                    assertThat(messages.getMessage(
                                    QuotaExceededException.MESSAGE_KEY, e.messageArgs(), Locale.forLanguageTag("es")))
                            .contains("cuota mensual")
                            .contains(renews.toString());
                });
        assertThatCode(() -> gate.requireTokensLeft(other.id()))
                .as("another tenant's month is its own")
                .doesNotThrowAnyException();

        JsonNode spent = ok(api.get(USAGE)).json().get("quota");
        assertThat(spent.get("used").asLong()).isEqualTo(1000);
        assertThat(spent.get("remaining").asLong()).isZero();
        assertThat(spent.get("exceeded").asBoolean()).isTrue();
        assertThat(spent.get("renewsAt").asString()).isEqualTo(renews + "T00:00:00Z");

        assertThat(ok(api.put(QUOTA, Map.of("monthlyTokenQuota", 5000)))
                        .json()
                        .get("remaining")
                        .asLong())
                .isEqualTo(4000);
        assertThatCode(() -> gate.requireTokensLeft(t.id())).as("raised").doesNotThrowAnyException();
        ok(api.put(QUOTA, Map.of("monthlyTokenQuota", 1000)));
        assertThatThrownBy(() -> gate.requireTokensLeft(t.id())).isInstanceOf(QuotaExceededException.class);
        JsonNode unlimited = ok(api.put(QUOTA, Map.of("monthlyTokenQuota", 0))).json();
        assertThat(unlimited.get("quota").asLong()).isZero();
        assertThat(unlimited.get("remaining").isNull()).isTrue();
        assertThatCode(() -> gate.requireTokensLeft(t.id()))
                .as("0 is unlimited")
                .doesNotThrowAnyException();

        for (Object bad : List.of(Map.of("monthlyTokenQuota", -1), "{\"monthlyTokenQuota\":\"lots\"}", "[1]")) {
            var response = api.put(QUOTA, bad);
            assertThat(response.status()).as(bad + ": " + response).isEqualTo(400);
        }
        assertThat(ok(api.get(QUOTA)).json().get("tenantQuota").asLong())
                .as("unchanged by refusals")
                .isZero();
        JsonNode back = ok(api.put(QUOTA, Map.of())).json();
        assertThat(back.get("tenantQuota").isNull())
                .as("absent: the default again")
                .isTrue();
        assertThat(back.get("quota").asLong()).isZero();
        assertThat(ok(other.admin().get(QUOTA)).json().get("tenantQuota").isNull())
                .isTrue();
    }

    @Test
    default void concurrentInferencesAddUpExactly() throws Exception {
        Tenant t = TestTenants.create(platformAdmin(), anonymousClient(), "Parallel");
        UUID user = UUID.randomUUID();
        Instant at = Instant.parse("2025-04-02T10:00:00Z");
        int threads = 8;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                done.add(pool.submit(() -> {
                    for (int n = 0; n < each; n++) {
                        publish(
                                t,
                                InferenceEvents.of(t.id())
                                        .user(n % 2 == 0 ? user : null)
                                        .tokens(10, 3)
                                        .at(at)
                                        .build());
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        JsonNode total = ok(t.admin().get(USAGE + "?from=2025-04-02&to=2025-04-02"))
                .json()
                .get("total");
        assertThat(total.get("requests").asLong()).isEqualTo(threads * each);
        assertThat(total.get("tokensIn").asLong()).isEqualTo(threads * each * 10L);
        assertThat(total.get("tokensOut").asLong()).isEqualTo(threads * each * 3L);
        assertThat(jdbc().queryForObject(
                                "select count(*) from inference_usage_daily where tenant_id = ?",
                                Integer.class,
                                t.id()))
                .as("one row per user and model")
                .isEqualTo(2);
        assertThat(ok(t.admin().get(AUDIT + "?size=1")).json().get("totalItems").asInt())
                .isEqualTo(threads * each);
    }

    @Test
    default void onlySupervisorsAndAdminsReadTheAuditAndOnlyAdminsTheQuota() {
        Tenant t = TestTenants.create(platformAdmin(), anonymousClient(), "Roles");
        InferenceRecorded e = InferenceEvents.of(t.id()).build();
        publish(t, e);
        Api technician = key(t, "TECHNICIAN");
        Api operator = key(t, "OPERATOR");
        Api supervisor = key(t, "SUPERVISOR");
        List<String> reads = List.of(AUDIT, AUDIT + "/" + e.id(), "/api/v1/inference/audit.csv", USAGE);
        for (String path : reads) {
            assertThat(technician.get(path).status()).as("technician " + path).isEqualTo(403);
            assertThat(operator.get(path).status()).as("operator " + path).isEqualTo(403);
            assertThat(anonymousClient().get(path).status())
                    .as("anonymous " + path)
                    .isEqualTo(401);
            assertThat(supervisor.get(path).status()).as("supervisor " + path).isEqualTo(200);
        }
        assertThat(supervisor.get(QUOTA).status()).isEqualTo(403);
        assertThat(supervisor.put(QUOTA, Map.of("monthlyTokenQuota", 1)).status())
                .isEqualTo(403);
        assertThat(ok(t.admin().get(QUOTA)).json().get("tenantQuota").isNull()).isTrue();
    }

    @Test
    default void retentionDeletesOldRowsAndKeepsTheDailyTotals() {
        Tenant t = TestTenants.create(platformAdmin(), anonymousClient(), "Retention");
        Instant now = Instant.now();
        InferenceRecorded old =
                InferenceEvents.of(t.id()).at(now.minus(400, ChronoUnit.DAYS)).build();
        InferenceRecorded edge =
                InferenceEvents.of(t.id()).at(now.minus(364, ChronoUnit.DAYS)).build();
        InferenceRecorded recent =
                InferenceEvents.of(t.id()).at(now.minus(1, ChronoUnit.DAYS)).build();
        List.of(old, edge, recent).forEach(e -> publish(t, e));
        AuditRetention retention = bean(AuditRetention.class);

        int deleted = TenantContext.call(t.id(), () -> retention.purge(now));

        assertThat(deleted).isEqualTo(1);
        assertThat(t.admin().get(AUDIT + "/" + old.id()).status()).isEqualTo(404);
        assertThat(t.admin().get(AUDIT + "/" + edge.id()).status()).isEqualTo(200);
        assertThat(t.admin().get(AUDIT + "/" + recent.id()).status()).isEqualTo(200);
        LocalDate oldDay = old.at().atOffset(ZoneOffset.UTC).toLocalDate();
        JsonNode kept = ok(t.admin().get(USAGE + "?from=" + oldDay + "&to=" + oldDay))
                .json()
                .get("total");
        assertThat(kept.get("requests").asLong())
                .as("daily totals outlive the rows")
                .isEqualTo(1);
        assertThat(TenantContext.call(t.id(), () -> retention.purge(now))).isZero();
    }

    @Test
    default void deletingATenantDeletesItsInferenceData() {
        Tenant doomed = TestTenants.create(platformAdmin(), anonymousClient(), "Doomed");
        Tenant kept = TestTenants.create(platformAdmin(), anonymousClient(), "Kept");
        publish(doomed, InferenceEvents.of(doomed.id()).build());
        publish(kept, InferenceEvents.of(kept.id()).build());
        ok(doomed.admin().put(QUOTA, Map.of("monthlyTokenQuota", 10)));

        assertThat(platformAdmin()
                        .delete("/api/v1/admin/tenants/" + doomed.id())
                        .status())
                .isEqualTo(204);

        for (String table : List.of("inference_audit", "inference_usage_daily", "inference_tenant_quotas")) {
            assertThat(jdbc().queryForObject(
                                    "select count(*) from " + table + " where tenant_id = ?",
                                    Integer.class,
                                    doomed.id()))
                    .as(table)
                    .isZero();
        }
        assertThat(ok(kept.admin().get(AUDIT)).json().get("totalItems").asInt()).isEqualTo(1);
    }

    private void publish(Tenant t, InferenceRecorded event) {
        TenantContext.run(t.id(), () -> events().publishEvent(event));
    }

    private static Api.Response ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response;
    }

    private static List<String> ids(Api api, String query) {
        List<String> ids = new ArrayList<>();
        ok(api.get(AUDIT + query + (query.isEmpty() ? "?" : "&") + "size=200"))
                .json()
                .get("items")
                .forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    private static String[] idsOf(List<InferenceRecorded> events, int... indexes) {
        String[] ids = new String[indexes.length];
        for (int i = 0; i < indexes.length; i++) {
            ids[i] = events.get(indexes[i]).id().toString();
        }
        return ids;
    }

    private static void assertProblem(Api.Response response, String what) {
        assertThat(response.status()).as(what + ": " + response).isEqualTo(400);
        assertThat(response.header("Content-Type")).as(what).contains("application/problem+json");
    }

    private static void assertTally(
            JsonNode tally, long requests, long errors, long in, long out, String cost, boolean priced) {
        assertThat(tally.get("requests").asLong()).as("requests").isEqualTo(requests);
        assertThat(tally.get("errors").asLong()).as("errors").isEqualTo(errors);
        assertThat(tally.get("tokensIn").asLong()).as("tokens in").isEqualTo(in);
        assertThat(tally.get("tokensOut").asLong()).as("tokens out").isEqualTo(out);
        assertThat(tally.get("cost").decimalValue()).as("cost").isEqualByComparingTo(new BigDecimal(cost));
        assertThat(tally.get("priced").asBoolean()).as("priced").isEqualTo(priced);
    }

    private Api key(Tenant t, String role) {
        var key = t.admin().post("/api/v1/admin/api-keys", Map.of("name", role + " key", "role", role));
        assertThat(key.status()).as(key.toString()).isEqualTo(201);
        return anonymousClient().withKey(key.json().get("value").asString());
    }
}
