package org.millwright.maintenance.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.IntFunction;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.millwright.support.Api;
import org.millwright.support.PostgresIntegrationTest;
import org.millwright.support.TestTenants;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.test.context.TestPropertySource;

/**
 * The work-order lists and the KPIs at a million work orders, on PostgreSQL, through the running
 * server's HTTP API. The data (1 tenant with 5 sites, 20,000 assets, 200 technicians, 1,000,000
 * work orders over five years, ~300,000 history records; plus a small second tenant) is written
 * with SQL straight into the tables ({@code bench/work-order-data.sql}), with the secondary
 * indexes of the migrations dropped during the load and created again from their own
 * definitions, then analysed. Each query type is warmed up and run {@code bench.runs} (200)
 * times with varied parameters, page size 50, total included; the KPIs of a site over a year 12
 * times. Targets: p99 ≤ 50 ms per list query, KPIs ≤ 1 s. Query types that miss get the
 * EXPLAIN (ANALYZE, BUFFERS) of an equivalent statement printed and written beside the table
 * ({@code target/bench/work-order-queries.md}).
 *
 * <p>Run: {@code ./mvnw -q -B -o -Pbench test -Dtest=WorkOrderQueryBenchmark [-Dbench.workOrders=200000]}.
 */
@Tag("benchmark")
@TestPropertySource(properties = {"logging.level.org.millwright=WARN"})
class WorkOrderQueryBenchmark extends PostgresIntegrationTest {

    static final int WORK_ORDERS = Integer.getInteger("bench.workOrders", 1_000_000);
    static final int ASSETS = Integer.getInteger("bench.assets", 20_000);
    static final int TECHNICIANS = 200;
    static final int RUNS = Integer.getInteger("bench.runs", 200);
    static final int WARM_UP = 50;
    static final int KPI_RUNS = 12;
    static final double LIST_P99_MS = 50;
    static final double KPI_MAX_MS = 1000;
    static final String BASE = "/api/v1/maintenance/work-orders";
    static final Path REPORT = Path.of("target", "bench", "work-order-queries.md");
    static final List<String> TABLES = List.of("work_orders", "work_order_assignees", "maintenance_records");
    /** Words of the generated descriptions that each occur in a few hundred work orders. */
    static final List<String> RARE_WORDS = List.of(
            "cavitación",
            "desalineamiento",
            "impeller",
            "backlash",
            "prensaestopa",
            "sobrecorriente",
            "chattering",
            "termografía",
            "holgura",
            "soft foot");

    static final List<String> STATUSES =
            List.of("open", "OPEN", "ASSIGNED", "IN_PROGRESS", "ON_HOLD", "COMPLETED", "CLOSED", "CANCELLED");

    @Test
    void listsAndKpisOverAMillionWorkOrders() throws IOException {
        var big = TestTenants.create(platformAdmin(), anonymousClient(), "Bench");
        List<UUID> sites = new ArrayList<>(List.of(big.siteId()));
        for (int i = 2; i <= 5; i++) {
            sites.add(site(big.admin(), "P" + i, i == 5 ? "America/Bogota" : "America/Santiago"));
        }
        var small = TestTenants.create(platformAdmin(), anonymousClient(), "Small");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        long start = System.nanoTime();
        List<String[]> indexes = jdbc().query(
                        "select indexname, indexdef from pg_indexes where schemaname = current_schema()"
                                + " and tablename in ('work_orders', 'work_order_assignees', 'maintenance_records')"
                                + " and indexname like 'ix\\_%' order by indexname",
                        (rs, i) -> new String[] {rs.getString(1), rs.getString(2)});
        indexes.forEach(ix -> jdbc().execute("drop index " + ix[0]));
        load(big, now, 42, ASSETS, WORK_ORDERS, TECHNICIANS);
        load(small, now, 43, 500, 20_000, 10);
        double loadSeconds = seconds(start);
        start = System.nanoTime();
        indexes.forEach(ix -> jdbc().execute(ix[1]));
        double indexSeconds = seconds(start);
        start = System.nanoTime();
        for (String table : List.of("work_orders", "work_order_assignees", "maintenance_records", "assets", "users")) {
            jdbc().execute("vacuum analyze " + table);
        }
        double analyzeSeconds = seconds(start);
        boolean trigrams = indexes.stream().anyMatch(ix -> ix[1].contains("gin_trgm_ops"));
        Data data = data(big.id());
        System.out.printf(
                Locale.ROOT,
                "Loaded %s in %.0f s, indexes %.0f s, vacuum analyze %.0f s; trigram indexes: %s%n",
                data,
                loadSeconds,
                indexSeconds,
                analyzeSeconds,
                trigrams);
        assertThat(data.workOrders()).isEqualTo(WORK_ORDERS);

        Api api = big.admin();
        Random random = new Random(7);
        List<UUID> assets = jdbc().queryForList("select id from assets where tenant_id = ?", UUID.class, big.id());
        List<UUID> technicians = jdbc().queryForList(
                        "select id from users where tenant_id = ? and role = 'TECHNICIAN'", UUID.class, big.id());
        List<Row> rows = new ArrayList<>();
        Row baseline =
                measure(api, "baseline: the caller's sites (HTTP, auth; no work orders)", RUNS, i -> "/api/v1/sites");
        rows.add(measure(
                api,
                "by status + site",
                RUNS,
                i -> BASE + "?size=50&status=" + STATUSES.get(random.nextInt(STATUSES.size())) + "&siteId="
                        + pick(sites, random)));
        rows.add(measure(api, "by asset", RUNS, i -> BASE + "?size=50&assetId=" + pick(assets, random)));
        rows.add(measure(api, "by assignee", RUNS, i -> BASE + "?size=50&assigneeId=" + pick(technicians, random)));
        rows.add(measure(
                api,
                "overdue (a site, or all)",
                RUNS,
                i -> BASE + "/overdue?size=50" + (i % 6 == 0 ? "" : "&siteId=" + pick(sites, random))));
        rows.add(measure(
                api,
                "text search on description",
                RUNS,
                i -> BASE + "?size=50&q=" + URLEncoder.encode(pick(RARE_WORDS, random), StandardCharsets.UTF_8)));
        rows.forEach(r -> r.target(LIST_P99_MS, r.p99()));

        List<Row> kpis = new ArrayList<>();
        kpis.add(measure(
                api,
                "KPIs: a site, last 12 months",
                KPI_RUNS,
                i -> "/api/v1/maintenance/kpis?siteId=" + sites.get(i % 5)));
        kpis.add(measure(
                api,
                "KPIs: a site, last 12 months by month",
                6,
                i -> "/api/v1/maintenance/kpis?groupBy=month&siteId=" + sites.get(i % 5)));
        kpis.add(measure(api, "KPIs: the tenant, last 12 months", 6, i -> "/api/v1/maintenance/kpis"));
        kpis.add(measure(
                api,
                "KPIs: the tenant, 5 years by asset (top 100)",
                3,
                i -> "/api/v1/maintenance/kpis?groupBy=asset&from="
                        + LocalDate.now().minusYears(5).plusDays(1)));
        kpis.getFirst().target(KPI_MAX_MS, kpis.getFirst().max());

        List<String> counts = exactCounts(big.id(), sites, random);
        // the database's part: one instance of each query type's statements, planned and run
        List<String> explains = new ArrayList<>();
        StringBuilder database = new StringBuilder(
                "| query type | database ms, page + count (one instance, EXPLAIN ANALYZE) |\n|---|---:|\n");
        for (Row r : rows) {
            String plan = explain(r.name(), big.id(), sites, assets, technicians, now);
            database.append(String.format(Locale.ROOT, "| %s | %.1f |%n", r.name(), executionMs(plan)));
            if (!r.met()) {
                explains.add(plan);
            }
        }
        counts = new ArrayList<>(counts);
        counts.add(database.toString());
        List<Row> table = new ArrayList<>(List.of(baseline));
        table.addAll(rows);
        write(data, loadSeconds + indexSeconds + analyzeSeconds, trigrams, table, kpis, counts, explains);

        SoftAssertions soft = new SoftAssertions();
        rows.forEach(
                r -> soft.assertThat(r.p99()).as("p99 of %s (ms)", r.name()).isLessThanOrEqualTo(LIST_P99_MS));
        soft.assertThat(kpis.getFirst().max())
                .as("slowest KPIs of a site over a year (ms)")
                .isLessThanOrEqualTo(KPI_MAX_MS);
        soft.assertAll();
    }

    /** Writes one tenant's data with the SQL script (one connection: the seed holds for the session). */
    private void load(TestTenants.Tenant t, Instant now, int seed, int assets, int workOrders, int technicians)
            throws IOException {
        String script;
        try (InputStream in = getClass().getResourceAsStream("/bench/work-order-data.sql")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String sql = script.replace("{{tenant}}", t.id().toString())
                .replace("{{slug}}", t.slug())
                .replace("{{now}}", now.toString())
                .replace("{{seed}}", "0." + seed)
                .replace("{{assets}}", Integer.toString(assets))
                .replace("{{workOrders}}", Integer.toString(workOrders))
                .replace("{{technicians}}", Integer.toString(technicians))
                .replace("{{recordShare}}", "0.325");
        List<String> statements = Arrays.stream(sql.replaceAll("(?m)^--.*$", "").split(";\\s*\\n"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        jdbc().execute((ConnectionCallback<Void>) con -> {
            try (var st = con.createStatement()) {
                for (String statement : statements) {
                    long begin = System.nanoTime();
                    st.execute(statement);
                    double s = seconds(begin);
                    if (s > 5) {
                        System.out.printf(
                                Locale.ROOT,
                                "  %.0f s: %s%n",
                                s,
                                statement
                                        .substring(0, Math.min(60, statement.length()))
                                        .replace('\n', ' '));
                    }
                }
            }
            return null;
        });
    }

    private Data data(UUID tenant) {
        return new Data(
                count("select count(*) from assets where tenant_id = ?", tenant),
                count("select count(*) from work_orders where tenant_id = ?", tenant),
                count(
                        "select count(*) from work_orders where tenant_id = ? and status in"
                                + " ('OPEN', 'ASSIGNED', 'ACCEPTED', 'IN_PROGRESS', 'ON_HOLD')",
                        tenant),
                count(
                        "select count(*) from work_order_assignees a join work_orders w on w.id = a.work_order_id"
                                + " where w.tenant_id = ?",
                        tenant),
                count("select count(*) from maintenance_records where tenant_id = ?", tenant),
                count("select count(*) from work_orders where tenant_id <> ?", tenant));
    }

    private long count(String sql, UUID tenant) {
        return jdbc().queryForObject(sql, Long.class, tenant);
    }

    /** Warm-up, then {@code runs} timed requests (each must answer 200). */
    private static Row measure(Api api, String name, int runs, IntFunction<String> path) {
        for (int i = 0; i < Math.min(WARM_UP, runs); i++) {
            var warm = api.get(path.apply(i));
            assertThat(warm.status()).as(name + ": " + warm).isEqualTo(200);
        }
        String uri = path.apply(0).replaceAll("\\?.*", "");
        double[] before = serverTime(api, uri);
        double[] ms = new double[runs];
        long matches = 0;
        Boolean allExact = null;
        for (int i = 0; i < runs; i++) {
            String p = path.apply(i);
            long begin = System.nanoTime();
            var response = api.get(p);
            ms[i] = (System.nanoTime() - begin) / 1e6;
            assertThat(response.status()).as(name + " " + p + ": " + response).isEqualTo(200);
            var json = response.json();
            if (json.has("totalItems")) {
                matches += json.get("totalItems").asLong();
                boolean exact =
                        !json.has("totalExact") || json.get("totalExact").asBoolean();
                allExact = (allExact == null || allExact) && exact;
            } else {
                matches += json.get("total").get("failures").asLong();
            }
        }
        double[] after = serverTime(api, uri);
        double serverMean = (after[1] - before[1]) * 1000 / Math.max(1, after[0] - before[0]);
        Arrays.sort(ms);
        return new Row(name, runs, matches / runs, allExact, serverMean, ms);
    }

    /**
     * Requests served and seconds spent on {@code uri} so far, as the server measured them
     * ({@code http.server.requests}: from its first filter to the response, without the client).
     */
    private static double[] serverTime(Api api, String uri) {
        var metric = api.get("/actuator/metrics/http.server.requests?tag=uri:" + uri);
        double count = 0;
        double total = 0;
        if (metric.status() == 200) {
            for (var m : metric.json().get("measurements")) {
                switch (m.get("statistic").asString()) {
                    case "COUNT" -> count = m.get("value").asDouble();
                    case "TOTAL_TIME" -> total = m.get("value").asDouble();
                    default -> {}
                }
            }
        }
        return new double[] {count, total};
    }

    /** The exact count of a site's closed work orders, and the count that stops at 10,001. */
    private List<String> exactCounts(UUID tenant, List<UUID> sites, Random random) {
        double[] exact = new double[10];
        double[] capped = new double[10];
        long rows = 0;
        for (int i = 0; i < 10; i++) {
            UUID site = pick(sites, random);
            long begin = System.nanoTime();
            rows = jdbc().queryForObject(
                            "select count(*) from work_orders where tenant_id = ? and site_id = ? and status = 'CLOSED'",
                            Long.class,
                            tenant,
                            site);
            exact[i] = (System.nanoTime() - begin) / 1e6;
            begin = System.nanoTime();
            jdbc().queryForObject(
                            "select count(*) from (select 1 from work_orders where tenant_id = ? and site_id = ?"
                                    + " and status = 'CLOSED' limit 10001) c",
                            Long.class,
                            tenant,
                            site);
            capped[i] = (System.nanoTime() - begin) / 1e6;
        }
        Arrays.sort(exact);
        Arrays.sort(capped);
        return List.of(String.format(
                Locale.ROOT,
                "Counting a site's closed work orders (%,d rows) over JDBC: exact count(*) median %.1f ms (max %.1f),"
                        + " counting up to 10,001 median %.1f ms (max %.1f).",
                rows,
                exact[4],
                exact[9],
                capped[4],
                capped[9]));
    }

    /** EXPLAIN (ANALYZE, BUFFERS) of statements equivalent to what the API runs for a query type. */
    private String explain(
            String name, UUID tenant, List<UUID> sites, List<UUID> assets, List<UUID> techs, Instant now) {
        String t = "'" + tenant + "'";
        String site = "'" + sites.get(1) + "'";
        String order = " order by w.created_at desc, w.id fetch first 50 rows only";
        List<String> statements = switch (name) {
            case "by status + site" ->
                List.of(
                        "select w.* from work_orders w where w.tenant_id = " + t + " and w.status in ('CLOSED')"
                                + " and w.site_id = " + site + order,
                        "select count(*) from (select 1 from work_orders w where w.tenant_id = " + t
                                + " and w.status in ('CLOSED') and w.site_id = " + site + " limit 10001) c");
            case "by asset" -> {
                String where =
                        " from work_orders w where w.tenant_id = " + t + " and w.asset_id = '" + assets.get(17) + "'";
                yield List.of(
                        "select w.*" + where + order, "select count(*) from (select 1" + where + " limit 10001) c");
            }
            case "by assignee" ->
                List.of(
                        "select w.* from work_orders w join work_order_assignees a on a.work_order_id = w.id"
                                + " where w.tenant_id = " + t + " and a.user_id = '" + techs.get(17) + "'"
                                + " order by a.work_order_created_at desc, w.id fetch first 50 rows only",
                        "select count(*) from (select 1 from work_order_assignees where user_id = '" + techs.get(17)
                                + "' fetch first 10001 rows only) c");
            case "overdue (a site, or all)" -> {
                String where = " from work_orders w where w.tenant_id = " + t
                        + " and w.status in ('OPEN', 'ASSIGNED', 'ACCEPTED', 'IN_PROGRESS', 'ON_HOLD')"
                        + " and w.site_id in (" + site + ") and w.due_date < '"
                        + LocalDate.ofInstant(now, ZoneId.of("America/Santiago")) + "'";
                yield List.of(
                        "select w.*" + where
                                + " order by w.due_date, w.priority_rank desc, w.created_at, w.id fetch first 50 rows only",
                        "select count(*) from (select 1" + where + " limit 10001) c");
            }
            case "text search on description" -> {
                String where = " from work_orders w where w.tenant_id = " + t
                        + " and (lower(w.wo_number) like '%holgura%' escape '\\' or lower(w.title) like '%holgura%'"
                        + " escape '\\' or lower(w.description) like '%holgura%' escape '\\')";
                yield List.of("select w.id" + where
                        + " order by coalesce(w.created_at, w.created_at) desc, w.id fetch first 10001 rows only");
                // then the page's 50 work orders by primary key
            }
            default ->
                List.of(
                        "select count(*), sum(downtime_minutes) from maintenance_records r where r.tenant_id = " + t
                                + " and r.site_id = " + site + " and r.finished_at >= now() - interval '1 year'",
                        "select count(*) from work_orders w where w.tenant_id = " + t + " and w.site_id = " + site
                                + " and (w.source = 'PREVENTIVE_PLAN' or w.wo_type = 'PREVENTIVE')"
                                + " and w.due_date >= current_date - 365");
        };
        StringBuilder out = new StringBuilder("### " + name + "\n\n");
        for (String sql : statements) {
            out.append("```\n").append(sql).append("\n\n");
            jdbc().queryForList("explain (analyze, buffers) " + sql, String.class)
                    .forEach(line -> out.append(line).append('\n'));
            out.append("```\n\n");
        }
        System.out.println(out);
        return out.toString();
    }

    /** The sum of the "Execution Time" lines of a plan text. */
    private static double executionMs(String plans) {
        double total = 0;
        var m = java.util.regex.Pattern.compile("Execution Time: ([0-9.]+) ms").matcher(plans);
        while (m.find()) {
            total += Double.parseDouble(m.group(1));
        }
        return total;
    }

    private static void write(
            Data data,
            double setupSeconds,
            boolean trigrams,
            List<Row> rows,
            List<Row> kpis,
            List<String> notes,
            List<String> explains)
            throws IOException {
        StringBuilder md = new StringBuilder();
        md.append(String.format(
                Locale.ROOT,
                "%s · PostgreSQL 18 (embedded, default settings) · %s · set-up %.0f s · trigram indexes: %s%n%n",
                LocalDate.now(),
                data,
                setupSeconds,
                trigrams ? "yes" : "no"));
        md.append("| query (page size 50, total included) | runs | avg total | totals exact | server mean ms |"
                + " p50 ms | p95 ms | p99 ms | max ms | target | met |\n"
                + "|---|---:|---:|---|---:|---:|---:|---:|---:|---|---|\n");
        for (Row r : rows) {
            md.append(r.line(r.hasTarget() ? "p99 ≤ " + (int) LIST_P99_MS + " ms" : "–"))
                    .append('\n');
        }
        md.append(
                "\n| KPIs | runs | avg failures | | server mean ms | p50 ms | p95 ms | p99 ms | max ms | target | met |\n"
                        + "|---|---:|---:|---|---:|---:|---:|---:|---:|---|---|\n");
        for (Row r : kpis) {
            md.append(r.line(r.hasTarget() ? "max ≤ " + (int) KPI_MAX_MS + " ms" : "–"))
                    .append('\n');
        }
        md.append('\n');
        notes.forEach(n -> md.append(n).append("\n\n"));
        if (!explains.isEmpty()) {
            md.append("## Plans of the query types that missed their target\n\n");
            explains.forEach(md::append);
        }
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, md.toString());
        System.out.println(md);
    }

    private static UUID site(Api admin, String code, String zone) {
        var created = admin.post("/api/v1/sites", Map.of("code", code, "name", "Plant " + code, "timeZone", zone));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return TestTenants.id(created.json());
    }

    private static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** What was loaded for the big tenant, and the other tenant's work orders. */
    record Data(long assets, long workOrders, long open, long assignments, long records, long otherWorkOrders) {
        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "%,d assets, %,d work orders (%,d open), %,d assignments, %,d history records;"
                            + " other tenant %,d work orders",
                    assets,
                    workOrders,
                    open,
                    assignments,
                    records,
                    otherWorkOrders);
        }
    }

    /** One query type's timings (sorted) and its target, once set. */
    static final class Row {
        private final String name;
        private final int runs;
        private final long avgMatches;
        /** Whether every total was exact; null for answers without totals. */
        private final Boolean exact;

        private final double serverMean;

        private final double[] ms;
        private double limit = Double.NaN;
        private double measured = Double.NaN;

        Row(String name, int runs, long avgMatches, Boolean exact, double serverMean, double[] ms) {
            this.serverMean = serverMean;
            this.name = name;
            this.runs = runs;
            this.avgMatches = avgMatches;
            this.exact = exact;
            this.ms = ms;
        }

        /** The target: {@code measured} (p99 or max) at most {@code limit}; NaN measured: none. */
        Row target(double limit, double measured) {
            this.limit = limit;
            this.measured = measured;
            return this;
        }

        boolean hasTarget() {
            return !Double.isNaN(measured);
        }

        boolean met() {
            return !hasTarget() || measured <= limit;
        }

        String name() {
            return name;
        }

        double p(double q) {
            return ms[Math.max(0, (int) Math.ceil(q * ms.length) - 1)];
        }

        double p99() {
            return p(0.99);
        }

        double max() {
            return ms[ms.length - 1];
        }

        String line(String target) {
            return String.format(
                    Locale.ROOT,
                    "| %s | %d | %,d | %s | %.1f | %.1f | %.1f | %.1f | %.1f | %s | %s |",
                    name,
                    runs,
                    avgMatches,
                    exact == null ? "" : exact ? "yes" : "not all (10,000+)",
                    serverMean,
                    p(0.5),
                    p(0.95),
                    p99(),
                    max(),
                    target,
                    hasTarget() ? (met() ? "yes" : "**no**") : "");
        }
    }
}
