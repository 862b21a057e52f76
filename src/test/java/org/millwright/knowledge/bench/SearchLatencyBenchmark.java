package org.millwright.knowledge.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.millwright.knowledge.bench.BenchSupport.format;
import static org.millwright.knowledge.bench.BenchSupport.header;
import static org.millwright.knowledge.bench.BenchSupport.mib;
import static org.millwright.knowledge.bench.BenchSupport.row;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import jdk.jfr.Recording;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.millwright.knowledge.bench.BenchSupport.Latency;
import org.millwright.knowledge.bench.PlantCorpus.Passage;
import org.millwright.knowledge.bench.PlantCorpus.Query;
import org.millwright.knowledge.internal.index.BilingualLexicon;
import org.millwright.knowledge.internal.index.InProcessMiniLm;
import org.millwright.knowledge.internal.index.IndexedChunk;
import org.millwright.knowledge.internal.index.KnowledgeRetriever;
import org.millwright.knowledge.internal.index.LuceneKnowledgeIndex;
import org.millwright.knowledge.internal.index.SearchRequest;
import org.millwright.knowledge.internal.index.SearchRequest.Mode;
import org.millwright.knowledge.internal.index.SnippetCostProbe;

/**
 * Search latency and throughput of the Lucene knowledge index: {@code bench.chunks} passages of
 * {@link PlantCorpus} (default 100,000) with real MiniLM vectors, spread over three tenants, three
 * sites each and forty assets a site; a fixed set of Spanish and English queries with realistic
 * filters, embedded up front (their embedding latency is reported on its own). Measures the search
 * call itself in hybrid, BM25-only and vector-only mode (k = 10, snippets included): one client,
 * then {@code bench.clients} (16) concurrent clients. Writes {@code target/bench/search-latency.md}.
 *
 * <p>Run: {@code ./mvnw -q -B -o -Pbench test -Dtest=SearchLatencyBenchmark [-Dbench.chunks=5000]}.
 * Vectors are cached in {@code target/bench/vectors-<N>-<seed>.bin}. With {@code -Dbench.jfr=true}
 * the search phase is recorded by JFR ({@code target/bench/search.jfr}).
 */
@Tag("benchmark")
class SearchLatencyBenchmark {

    static final int CHUNKS = Integer.getInteger("bench.chunks", 100_000);
    static final long SEED = Long.getLong("bench.seed", 42);
    static final int QUERIES = Integer.getInteger("bench.queries", 240);
    static final int WARMUP_ROUNDS = Integer.getInteger("bench.warmup", 3);
    static final int ROUNDS = Integer.getInteger("bench.rounds", 5);
    static final int CLIENTS = Integer.getInteger("bench.clients", 16);
    static final int CLIENT_ROUNDS = Integer.getInteger("bench.clientRounds", 1);
    static final int K = 10;
    static final int INDEX_BATCH = 2_000;
    static final double TARGET_P99_MS = 25;
    static final double TARGET_SCALING = 1.7;

    static final int TENANTS = 3;
    static final int SITES = 3;
    static final int ASSETS = 40;

    /**
     * {@code -Dbench.vectors=random}: passages get seeded random unit vectors instead of MiniLM's
     * (embedding 100,000 passages takes about an hour on two cores). Random vectors have no
     * clusters, which makes HNSW search work harder than on real embeddings: a pessimistic case.
     * Queries are still embedded by MiniLM.
     */
    static final boolean RANDOM_VECTORS = "random".equals(System.getProperty("bench.vectors"));

    private long sink;

    static List<float[]> randomUnitVectors(int count, int dimensions) {
        java.util.Random random = new java.util.Random(SEED);
        List<float[]> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            float[] v = new float[dimensions];
            double norm = 0;
            for (int d = 0; d < dimensions; d++) {
                v[d] = (float) random.nextGaussian();
                norm += v[d] * v[d];
            }
            float scale = (float) (1 / Math.sqrt(norm));
            for (int d = 0; d < dimensions; d++) {
                v[d] *= scale;
            }
            out.add(v);
        }
        return out;
    }

    @Test
    void searchLatency(@TempDir Path dir) throws Exception {
        InProcessMiniLm model = new InProcessMiniLm();
        List<Passage> passages = PlantCorpus.passages(SEED, CHUNKS).toList();
        List<String> texts =
                passages.stream().map(SearchLatencyBenchmark::embeddingText).toList();
        List<float[]> vectors = RANDOM_VECTORS
                ? randomUnitVectors(texts.size(), model.dimensions())
                : VectorCache.vectors(
                        BenchSupport.DIR.resolve("vectors-" + CHUNKS + "-" + SEED + ".bin"), model, texts);
        texts = null;

        long buildStart = System.nanoTime();
        try (LuceneKnowledgeIndex index = new LuceneKnowledgeIndex(dir)) {
            for (int from = 0; from < passages.size(); from += INDEX_BATCH) {
                List<IndexedChunk> batch = new ArrayList<>(INDEX_BATCH);
                for (int i = from; i < Math.min(passages.size(), from + INDEX_BATCH); i++) {
                    batch.add(chunk(i, passages.get(i), vectors.get(i)));
                }
                index.index(batch);
            }
            assertThat(index.size()).isEqualTo(passages.size());
        }
        double buildSeconds = (System.nanoTime() - buildStart) / 1e9;
        long bytes = BenchSupport.directorySize(dir);
        int segments;
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
            segments = reader.leaves().size();
        }
        int documents = passages.getLast().document() + 1;
        double spanish =
                passages.stream().filter(p -> p.language().equals("es")).count() / (double) passages.size();
        double chars =
                passages.stream().mapToInt(p -> p.text().length()).average().orElse(0);
        passages = null;
        vectors = null;

        List<Query> queries = PlantCorpus.queries(SEED, QUERIES);
        for (int i = 0; i < 5; i++) {
            model.embed(queries.get(i).text()); // loads the model if the vectors came from the cache
        }
        // The product's query preparation (lexicon carry-over and embedding of the query and its
        // rendering), timed per query and reported apart; the search timings start from its result.
        KnowledgeRetriever retriever = new KnowledgeRetriever(model, null, BilingualLexicon.bundled());
        long[] embedNanos = new long[queries.size()];
        List<SearchRequest> prepared = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            long t = System.nanoTime();
            prepared.add(retriever.prepare(
                    SearchRequest.of(tenant(tenantOf(i)), queries.get(i).text(), null, K, Mode.HYBRID)));
            embedNanos[i] = System.nanoTime() - t;
        }
        Latency embedding = Latency.of(embedNanos);

        long heapBase = BenchSupport.heapAfterGc();
        StringBuilder modes = new StringBuilder(header(
                "mode", "clients", "searches", "p50 ms", "p95 ms", "p99 ms", "max ms", "searches/s", "× 1 client"));
        double hybridP99 = 0;
        double hybridScaling = 0;
        long heapOpen;
        long heapSearched;
        int withHits;
        Latency snippets;
        try (LuceneKnowledgeIndex index = new LuceneKnowledgeIndex(dir);
                Recording recording = BenchSupport.flightRecording()) {
            heapOpen = BenchSupport.heapAfterGc();
            List<Mode> order = List.of(Mode.HYBRID, Mode.BM25, Mode.VECTOR);
            for (int r = 0; r < WARMUP_ROUNDS; r++) { // every mode warm before any is measured
                for (Mode mode : order) {
                    sequential(index, requests(queries, prepared, mode, documents), 0);
                }
            }
            for (Mode mode : order) {
                List<SearchRequest> requests = requests(queries, prepared, mode, documents);
                long start = System.nanoTime();
                long[] single = new long[requests.size() * ROUNDS];
                for (int r = 0; r < ROUNDS; r++) {
                    System.arraycopy(sequential(index, requests, 0), 0, single, r * requests.size(), requests.size());
                }
                double singleRate = single.length / ((System.nanoTime() - start) / 1e9);
                Latency one = Latency.of(single);
                Concurrent many = concurrent(index, requests);
                double scaling = many.rate() / singleRate;
                modes.append(row(mode, 1, single.length, one.p50(), one.p95(), one.p99(), one.max(), singleRate, "1"))
                        .append(row(
                                mode,
                                CLIENTS,
                                many.latency().count(),
                                many.latency().p50(),
                                many.latency().p95(),
                                many.latency().p99(),
                                many.latency().max(),
                                many.rate(),
                                format(scaling) + "×"));
                if (mode == Mode.HYBRID) {
                    hybridP99 = one.p99();
                    hybridScaling = scaling;
                }
            }
            snippets = snippetCost(dir, requests(queries, prepared, Mode.BM25, documents));
            withHits = (int) requests(queries, prepared, Mode.HYBRID, documents).stream()
                    .filter(r -> !index.search(r).isEmpty())
                    .count();
            heapSearched = BenchSupport.heapAfterGc();
            BenchSupport.dump(recording, "search.jfr");
        }

        String report = "# Knowledge search latency\n\n"
                + LocalDate.now() + " · " + BenchSupport.environment() + "\n\n"
                + header("measure", "value")
                + row("chunks (PlantCorpus passages)", CHUNKS + " from " + documents + " documents, seed " + SEED)
                + row("languages / mean length", format(100 * spanish) + " % Spanish / " + format(chars) + " chars")
                + row("tenants × sites × assets", TENANTS + " × " + SITES + " × " + ASSETS)
                + row(
                        "queries",
                        queries.size() + " (es/en), k = " + K + ", " + ROUNDS + " rounds after " + WARMUP_ROUNDS
                                + " warm-up rounds; " + CLIENTS + " clients × " + CLIENT_ROUNDS + " round")
                + row("queries with a hybrid hit", withHits + " of " + queries.size())
                + row(
                        "passage vectors",
                        RANDOM_VECTORS
                                ? "seeded random unit vectors (pessimistic for HNSW; -Dbench.vectors=random)"
                                : "MiniLM (" + InProcessMiniLm.MODEL_ID + ")")
                + row(
                        "index build (embedding excluded)",
                        format(buildSeconds) + " s, " + format(CHUNKS / buildSeconds) + " chunks/s, " + INDEX_BATCH
                                + " chunks a commit")
                + row("index on disk, as committed", mib(bytes) + " in " + segments + " segments (no force-merge)")
                + row("index on disk per 100k chunks", mib(bytes * 100_000L / CHUNKS))
                + row(
                        "heap: index opened / after the searches",
                        mib(heapOpen - heapBase) + " / " + mib(heapSearched - heapBase) + " (after GC, over "
                                + mib(heapBase) + " before opening)")
                + row(
                        "query preparation (lexicon + MiniLM embedding of the query and its rendering)",
                        "p50 " + format(embedding.p50()) + " ms, p99 " + format(embedding.p99()) + " ms")
                + row(
                        "snippets of the top 10 alone (part of every search above)",
                        "p50 " + format(snippets.p50()) + " ms, p99 " + format(snippets.p99()) + " ms (one client)")
                + "\n" + modes
                + "\nTargets: hybrid p99 one client ≤ " + format(TARGET_P99_MS) + " ms: " + format(hybridP99) + " ms "
                + (hybridP99 <= TARGET_P99_MS ? "(met)" : "(MISSED)") + "; " + CLIENTS + "-client throughput ≥ "
                + TARGET_SCALING + "× one client: " + format(hybridScaling) + "× "
                + (hybridScaling >= TARGET_SCALING ? "(met)" : "(MISSED)") + ".\n"
                + "Search time is the `KnowledgeIndex.search` call (query analysis, filters, BM25 and/or kNN, RRF,"
                + " stored fields and snippets); query embedding is not included.\n";
        BenchSupport.report("search-latency.md", report);
        assertThat(withHits).as("hybrid queries with hits").isGreaterThan(queries.size() * 9 / 10);
        assertThat(sink).isPositive();
    }

    // ---- corpus layout: tenants, sites and assets

    static UUID tenant(int t) {
        return new UUID(0x7E4A47L, t);
    }

    static UUID site(int t, int s) {
        return new UUID(0x517EL, t * 10L + s);
    }

    static UUID asset(int t, int s, int a) {
        return new UUID(0xA55E7L, (t * 10L + s) * 1000 + a);
    }

    /** 60 % of the documents belong to the first tenant, 30 % to the second, 10 % to the third. */
    static int tenantOf(int n) {
        int slot = n % 10;
        return slot < 6 ? 0 : slot < 9 ? 1 : 2;
    }

    static IndexedChunk chunk(int i, Passage p, float[] vector) {
        int doc = p.document();
        int t = tenantOf(doc);
        int s = (doc / 10) % SITES;
        return new IndexedChunk(
                new UUID(0xC4C4L, i),
                tenant(t),
                new UUID(0xD0CL, doc),
                p.title(),
                p.sectionPath(),
                1 + p.ordinal() / 3,
                p.language(),
                site(t, s),
                List.of(asset(t, s, (doc * 31) % ASSETS)),
                p.equipment(),
                p.text(),
                vector,
                InProcessMiniLm.MODEL_ID);
    }

    /** What the ingest job embeds: title and section give a passage its context. */
    static String embeddingText(Passage p) {
        String section = String.join(" > ", p.sectionPath());
        return (p.title() + (section.isEmpty() ? "" : " — " + section) + "\n" + p.text()).strip();
    }

    /**
     * The queries with a tenant and filters: 40 % tenant only, then site, asset type, language or
     * asset. Each query is asked in the tenant, site and asset of one of the indexed documents, so
     * a filter names something that exists.
     */
    static List<SearchRequest> requests(List<Query> queries, List<SearchRequest> prepared, Mode mode, int documents) {
        List<SearchRequest> out = new ArrayList<>(queries.size());
        for (int i = 0; i < queries.size(); i++) {
            Query q = queries.get(i);
            int doc = (int) ((i * 7919L) % documents);
            int t = tenantOf(doc);
            int s = (doc / 10) % SITES;
            SearchRequest p = prepared.get(i);
            SearchRequest r = SearchRequest.of(tenant(t), q.text(), p.queryVector(), p.queryModel(), K, mode)
                    .withCarried(p.carried());
            out.add(
                    switch ((i * 7) % 10) {
                        case 4, 5 -> r.withSite(site(t, s));
                        case 6, 7 -> r.withAssetType(q.equipment());
                        case 8 -> r.withLanguage(q.language());
                        case 9 -> r.withAsset(asset(t, s, (doc * 31) % ASSETS));
                        default -> r;
                    });
        }
        return out;
    }

    // ---- measurement

    /** The snippet step alone, for the top k BM25 hits of each request, after a warm-up round. */
    private static Latency snippetCost(Path dir, List<SearchRequest> requests) throws Exception {
        try (SnippetCostProbe probe = new SnippetCostProbe(dir)) {
            for (SearchRequest r : requests) {
                probe.snippetNanos(r);
            }
            List<Long> nanos = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                for (SearchRequest r : requests) {
                    long n = probe.snippetNanos(r);
                    if (n >= 0) {
                        nanos.add(n);
                    }
                }
            }
            return Latency.of(nanos.stream().mapToLong(Long::longValue).toArray());
        }
    }

    private long[] sequential(LuceneKnowledgeIndex index, List<SearchRequest> requests, int offset) {
        long[] nanos = new long[requests.size()];
        long hits = 0;
        for (int n = 0; n < requests.size(); n++) {
            SearchRequest r = requests.get((offset + n) % requests.size());
            long t = System.nanoTime();
            hits += BenchSupport.consume(index.search(r));
            nanos[n] = System.nanoTime() - t;
        }
        sink += hits;
        return nanos;
    }

    private record Concurrent(Latency latency, double rate) {}

    /** Every client runs the queries from its own starting point; throughput over the whole wall time. */
    private Concurrent concurrent(LuceneKnowledgeIndex index, List<SearchRequest> requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            CyclicBarrier start = new CyclicBarrier(CLIENTS + 1);
            AtomicLong hits = new AtomicLong();
            List<Future<long[]>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int offset = c * requests.size() / CLIENTS;
                clients.add(pool.submit(() -> {
                    long[] nanos = new long[requests.size() * CLIENT_ROUNDS];
                    start.await();
                    long h = 0;
                    for (int r = 0; r < CLIENT_ROUNDS; r++) {
                        for (int n = 0; n < requests.size(); n++) {
                            SearchRequest req = requests.get((offset + n) % requests.size());
                            long t = System.nanoTime();
                            h += BenchSupport.consume(index.search(req));
                            nanos[r * requests.size() + n] = System.nanoTime() - t;
                        }
                    }
                    hits.addAndGet(h);
                    return nanos;
                }));
            }
            start.await();
            long t0 = System.nanoTime();
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> f : clients) {
                all.add(f.get());
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            long[] merged = all.stream().flatMapToLong(Arrays::stream).toArray();
            sink += hits.get();
            return new Concurrent(Latency.of(merged), merged.length / seconds);
        } finally {
            pool.shutdownNow();
        }
    }
}
