package org.millwright.assistant.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.millwright.knowledge.KnowledgeRetrieval;
import org.millwright.knowledge.RetrievalQuery;
import org.millwright.knowledge.bench.PlantCorpus;
import org.millwright.knowledge.bench.PlantCorpus.Doc;
import org.millwright.platform.jobs.JobRunner;
import org.millwright.platform.tenancy.TenantContext;
import org.millwright.support.Api;
import org.millwright.support.IntegrationTest;
import org.millwright.support.TestTenants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The assistant's extractive path under load: {@code POST /api/v1/assistant/ask} (HTTP, auth, a new
 * conversation and its turn stored per question, retrieval, the extractive answer, JSON) against
 * query embedding + hybrid search alone ({@link KnowledgeRetrieval#retrieve} in this JVM, the same
 * retrieval the pipeline makes), both at 1, 8 and 32 concurrent clients over the same questions.
 * The knowledge base holds {@code bench.chunks} (default 10,000) chunks of PlantCorpus documents,
 * ingested through the API; no chat model is configured and the question limits are raised.
 * Targets: saturated /ask throughput ≥ 0.7 × retrieval alone, p99 ≤ 100 ms at 8 clients, p99 ≤ 3 ×
 * p50 at 32. Writes {@code target/bench/assistant-ask.md}.
 *
 * <p>Run: {@code ./mvnw -q -B -o -Pbench test -Dtest=AskThroughputBenchmark [-Dbench.chunks=2000]}.
 */
@Tag("benchmark")
@TestPropertySource(
        properties = {
            "jobrunr.background-job-server.enabled=false",
            "logging.level.org.millwright=WARN",
            "millwright.inference.chat.provider=",
            "millwright.inference.chat.detect-local-ollama=false",
            "millwright.assistant.limits.per-session-interval=0s",
            "millwright.assistant.limits.per-user-per-minute=100000000",
            "millwright.assistant.limits.per-tenant-per-minute=100000000",
            "millwright.rate-limit.per-principal-per-minute=100000000",
            "millwright.rate-limit.per-tenant-per-minute=100000000"
        })
class AskThroughputBenchmark extends IntegrationTest {

    static final int CHUNKS = Integer.getInteger("bench.chunks", 10_000);
    static final int PER_CLIENT = Integer.getInteger("bench.perClient", 40);
    static final int[] CLIENTS = {1, 8, 32};
    static final int PASSAGES = 8;
    static final long SEED = 42;

    @Autowired
    private JobRunner jobRunner;

    @Autowired
    private KnowledgeRetrieval retrieval;

    @Test
    void askThroughput() throws Exception {
        var tenant = TestTenants.create(platformAdmin(), anonymousClient(), "Askbench");
        int chunks = ingest(tenant.admin());
        List<String> questions = PlantCorpus.queries(SEED, 240).stream()
                .map(PlantCorpus.Query::text)
                .toList();
        Api api = tenant.admin();

        // warm-up of both paths (JIT, model, index readers)
        run(1, 30, questions, i -> search(tenant.id(), questions.get(i)));
        run(1, 30, questions, i -> ask(api, questions.get(i)));

        List<String> rows = new ArrayList<>();
        Map<String, Measure> byKey = new LinkedHashMap<>();
        for (int clients : CLIENTS) {
            int total = clients * PER_CLIENT;
            Measure search = run(clients, total, questions, i -> search(tenant.id(), questions.get(i)));
            Measure ask = run(clients, total, questions, i -> ask(api, questions.get(i)));
            byKey.put("search" + clients, search);
            byKey.put("ask" + clients, ask);
            rows.add(search.row("query embedding + search alone (in process)", clients));
            rows.add(ask.row("POST /api/v1/assistant/ask (HTTP, extractive)", clients));
            System.out.printf("clients %d: search %s | ask %s%n", clients, search, ask);
        }
        String report = report(chunks, rows, byKey);
        System.out.println(report);
        Path out = Path.of("target", "bench", "assistant-ask.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    // ---- set-up

    /** Uploads PlantCorpus documents until the tenant holds {@link #CHUNKS} chunks; runs the jobs two at a time. */
    private int ingest(Api admin) throws Exception {
        int chunks = 0;
        int next = 0;
        while (chunks < CHUNKS) {
            List<Doc> docs = PlantCorpus.documents(SEED + next, 20, 20, 45);
            next++;
            Map<String, byte[]> files = new LinkedHashMap<>();
            for (Doc d : docs) {
                files.put(next + "-" + d.fileName(), d.markdown().getBytes(StandardCharsets.UTF_8));
            }
            var response = admin.upload("/api/v1/knowledge/documents", files, Map.of());
            assertThat(response.status()).as(response.toString()).isEqualTo(202);
            List<UUID> jobs = new ArrayList<>();
            List<UUID> ids = new ArrayList<>();
            for (JsonNode upload : response.json()) {
                jobs.add(UUID.fromString(upload.get("document").get("jobId").asString()));
                ids.add(UUID.fromString(upload.get("document").get("id").asString()));
            }
            try (ExecutorService workers = Executors.newFixedThreadPool(2)) {
                for (UUID job : jobs) {
                    workers.submit(() -> jobRunner.run(job));
                }
            }
            for (UUID id : ids) {
                JsonNode doc = admin.get("/api/v1/knowledge/documents/" + id).json();
                assertThat(doc.get("status").asString()).as(doc.toString()).isEqualToIgnoringCase("indexed");
                chunks += doc.get("chunkCount").asInt();
            }
            System.out.printf("ingested %d chunks%n", chunks);
        }
        return chunks;
    }

    // ---- the two paths

    private static void ask(Api api, String question) {
        var response = api.post("/api/v1/assistant/ask", Map.of("question", question));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode answer = response.json();
        assertThat(answer.get("answer").asString()).isNotBlank();
        assertThat(answer.get("mode").asString()).isEqualTo("extractive");
    }

    private void search(UUID tenant, String question) {
        var passages = TenantContext.call(tenant, () -> retrieval.retrieve(RetrievalQuery.of(question, PASSAGES)));
        assertThat(passages).isNotEmpty();
    }

    // ---- load

    @FunctionalInterface
    interface Call {
        void run(int questionIndex) throws Exception;
    }

    /** {@code total} calls spread over {@code clients} threads, each timed; questions taken in turn. */
    private static Measure run(int clients, int total, List<String> questions, Call call) throws Exception {
        AtomicInteger next = new AtomicInteger();
        long[] nanos = new long[total];
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<Void>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                Callable<Void> client = () -> {
                    for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                        long t = System.nanoTime();
                        call.run(i % questions.size());
                        nanos[i] = System.nanoTime() - t;
                    }
                    return null;
                };
                futures.add(pool.submit(client));
            }
            for (Future<Void> f : futures) {
                f.get();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return Measure.of(nanos, seconds);
    }

    record Measure(int calls, double seconds, double p50, double p95, double p99, double max) {

        static Measure of(long[] nanos, double seconds) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return new Measure(
                    sorted.length,
                    seconds,
                    ms(sorted, 0.50),
                    ms(sorted, 0.95),
                    ms(sorted, 0.99),
                    sorted[sorted.length - 1] / 1e6);
        }

        private static double ms(long[] sorted, double q) {
            int i = (int) Math.ceil(q * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
        }

        double perSecond() {
            return calls / seconds;
        }

        String row(String what, int clients) {
            return String.format(
                    "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f |",
                    what, clients, calls, perSecond(), p50, p95, p99, max);
        }

        @Override
        public String toString() {
            return String.format("%.1f/s p50 %.1f p99 %.1f ms", perSecond(), p50, p99);
        }
    }

    private static String report(int chunks, List<String> rows, Map<String, Measure> m) {
        double ratio = m.get("ask32").perSecond() / m.get("search32").perSecond();
        double p99at8 = m.get("ask8").p99();
        double tail32 = m.get("ask32").p99() / m.get("ask32").p50();
        StringBuilder out = new StringBuilder("# Assistant /ask, extractive path\n\n");
        out.append(String.format(
                "%s · Java %s, %d CPUs · %d chunks (PlantCorpus Markdown, one tenant) · %d retrieved"
                        + " passages per question · no chat model · H2%n%n",
                java.time.LocalDate.now(),
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                chunks,
                PASSAGES));
        out.append("| path | clients | calls | per s | p50 ms | p95 ms | p99 ms | max ms |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        rows.forEach(r -> out.append(r).append('\n'));
        out.append(String.format(
                "%nSaturated (32 clients) /ask throughput over retrieval alone: **%.2f** (target ≥ 0.70, %s).%n",
                ratio, ratio >= 0.7 ? "met" : "MISSED"));
        out.append(String.format(
                "p99 at 8 clients: **%.1f ms** (target ≤ 100 ms, %s).%n", p99at8, p99at8 <= 100 ? "met" : "MISSED"));
        out.append(String.format(
                "p99 / p50 at 32 clients: **%.2f** (target ≤ 3, %s).%n", tail32, tail32 <= 3 ? "met" : "MISSED"));
        return out.toString();
    }
}
