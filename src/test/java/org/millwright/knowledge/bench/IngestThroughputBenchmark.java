package org.millwright.knowledge.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.millwright.knowledge.bench.BenchSupport.format;
import static org.millwright.knowledge.bench.BenchSupport.header;
import static org.millwright.knowledge.bench.BenchSupport.row;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.millwright.knowledge.bench.PlantCorpus.Doc;
import org.millwright.knowledge.internal.KnowledgeSettings;
import org.millwright.knowledge.internal.index.EmbeddingProvider;
import org.millwright.knowledge.internal.parsing.ChunkDraft;
import org.millwright.knowledge.internal.parsing.Chunker;
import org.millwright.knowledge.internal.parsing.DocumentParser;
import org.millwright.platform.jobs.JobRunner;
import org.millwright.support.Api;
import org.millwright.support.IntegrationTest;
import org.millwright.support.TestTenants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Ingestion throughput against the embedding model's own, in one run on the same chunk texts.
 * {@code bench.docs} PlantCorpus documents (default 40; every other one a PDF rendered with PDFBox,
 * 20 to 45 blocks, about 3 to 7 pages; the rest Markdown) are uploaded through the API of the
 * running server (H2) to two tenants. Their ingest jobs are run directly by {@link JobRunner}
 * (JobRunr's background server is off in this test, so its 5 s polling is not measured): the first
 * tenant's one at a time in this thread, each next to the model alone embedding the same texts in
 * the same batches (alternately just before and just after the job, so that a drift in the
 * machine's load touches both alike); the second tenant's two at a time, as the default two
 * workers run them, against the model alone on all the texts just before and just after. A job reads the file, parses, chunks, embeds in batches of {@code
 * millwright.knowledge.embed-batch}, stores the chunks in the database and replaces the document's
 * chunks in Lucene with one commit; its result gives the milliseconds of each stage. Writes {@code
 * target/bench/ingest-throughput.md}.
 *
 * <p>Run: {@code ./mvnw -q -B -o -Pbench test -Dtest=IngestThroughputBenchmark [-Dbench.docs=6]};
 * {@code -Dbench.jfr=true} records the jobs run one at a time ({@code target/bench/ingest.jfr}).
 */
@Tag("benchmark")
@TestPropertySource(properties = {"jobrunr.background-job-server.enabled=false", "logging.level.org.millwright=WARN"})
class IngestThroughputBenchmark extends IntegrationTest {

    static final int DOCS = Integer.getInteger("bench.docs", 40);
    static final long SEED = Long.getLong("bench.seed", 42);
    static final int WARMUP = 2;
    static final double TARGET_RATIO = 0.8;
    static final String[] STAGES = {"parse", "embed", "store", "index"};

    @Autowired
    private JobRunner jobRunner;

    @Autowired
    private EmbeddingProvider embeddings;

    @Autowired
    private KnowledgeSettings settings;

    /** One file, uploaded to two tenants, with its chunk texts and what its job and the model took. */
    private static final class Item {
        final String name;
        final byte[] bytes;
        final boolean pdf;
        final boolean counted;
        final UUID[] documentIds = new UUID[2];
        final UUID[] jobIds = new UUID[2];
        List<String> texts;
        long modelNanos;
        long jobNanos;
        int pages;
        /** The job's own stage times (parse, embed, store, index), in milliseconds. */
        long[] stageMillis = new long[STAGES.length];

        Item(String name, byte[] bytes, boolean pdf, boolean counted) {
            this.name = name;
            this.bytes = bytes;
            this.pdf = pdf;
            this.counted = counted;
        }
    }

    @Test
    void ingestThroughput() throws Exception {
        List<Item> items = files();
        Api[] tenants = {upload(items, 0), upload(items, 1)};
        int batch = settings.embedBatch();
        texts(items);

        // the first tenant's jobs one after the other, as a single worker runs them, each next to the model
        try (Recording recording = BenchSupport.flightRecording()) {
            for (int i = 0; i < items.size(); i++) {
                Item item = items.get(i);
                if (i % 2 == 0) {
                    item.modelNanos = embed(item, batch);
                }
                long t = System.nanoTime();
                jobRunner.run(item.jobIds[0]);
                item.jobNanos = System.nanoTime() - t;
                if (i % 2 == 1) {
                    item.modelNanos = embed(item, batch);
                }
                System.out.printf(
                        "ingest: %s, %d chunks: job %.2f s, model alone %.2f s%n",
                        item.name, item.texts.size(), item.jobNanos / 1e9, item.modelNanos / 1e9);
            }
            BenchSupport.dump(recording, "ingest.jfr");
        }
        // the second tenant's two at a time (the default MILLWRIGHT_JOB_WORKERS), warm-up ones first
        for (Item item : items.subList(0, WARMUP)) {
            jobRunner.run(item.jobIds[1]);
        }
        List<Item> counted = items.subList(WARMUP, items.size());
        double modelBefore = embedAll(counted, batch);
        long start = System.nanoTime();
        try (ExecutorService workers = Executors.newFixedThreadPool(2)) {
            for (Item item : counted) {
                workers.submit(() -> jobRunner.run(item.jobIds[1]));
            }
        }
        double parallelSeconds = (System.nanoTime() - start) / 1e9;
        double parallelModelSeconds = (modelBefore + embedAll(counted, batch)) / 2;

        for (Item item : items) {
            for (int t = 0; t < tenants.length; t++) {
                JsonNode doc = tenants[t]
                        .get("/api/v1/knowledge/documents/" + item.documentIds[t])
                        .json();
                assertThat(doc.get("status").asString())
                        .as(item.name + ": " + doc)
                        .isEqualToIgnoringCase("indexed");
                assertThat(doc.get("chunkCount").asInt()).as(item.name).isEqualTo(item.texts.size());
            }
            JsonNode result =
                    tenants[0].get("/api/v1/jobs/" + item.jobIds[0]).json().get("result");
            item.pages = result.get("pages").asInt();
            for (int s = 0; s < STAGES.length; s++) {
                item.stageMillis[s] = result.get("millis").get(STAGES[s]).asLong();
            }
        }
        BenchSupport.report("ingest-throughput.md", report(items, batch, parallelSeconds, parallelModelSeconds));
    }

    // ---- the corpus

    private static List<Item> files() {
        List<Doc> docs = PlantCorpus.documents(SEED, DOCS + WARMUP, 20, 45);
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            Doc d = docs.get(i);
            boolean counted = i >= WARMUP;
            String stem = d.fileName().substring(0, d.fileName().length() - 3);
            items.add(
                    i % 2 == 0
                            ? new Item(stem + ".pdf", PlantPdf.render(d), true, counted)
                            : new Item(d.fileName(), d.markdown().getBytes(StandardCharsets.UTF_8), false, counted));
        }
        return items;
    }

    /** Uploads to a new tenant in requests of up to 20 files; the jobs wait, as no worker polls. */
    private Api upload(List<Item> items, int slot) {
        Api admin = TestTenants.create(platformAdmin(), anonymousClient(), "Ingest" + slot)
                .admin();
        for (int from = 0; from < items.size(); from += 20) {
            Map<String, byte[]> files = new LinkedHashMap<>();
            items.subList(from, Math.min(items.size(), from + 20)).forEach(i -> files.put(i.name, i.bytes));
            var response = admin.upload("/api/v1/knowledge/documents", files, Map.of());
            assertThat(response.status()).as(response.toString()).isEqualTo(202);
            for (JsonNode upload : response.json()) {
                JsonNode doc = upload.get("document");
                Item item = items.stream()
                        .filter(i -> i.name.equals(doc.get("fileName").asString()))
                        .findFirst()
                        .orElseThrow();
                item.documentIds[slot] = UUID.fromString(doc.get("id").asString());
                item.jobIds[slot] = UUID.fromString(doc.get("jobId").asString());
            }
        }
        return admin;
    }

    /**
     * The texts the job will embed: each file parsed and chunked as the job does; on a first
     * ingestion the document's title, which prefixes every text, is still its file name.
     */
    private void texts(List<Item> items) {
        DocumentParser parser = new DocumentParser(settings.maxPages());
        Chunker chunker = new Chunker(settings.chunkChars(), settings.overlapChars());
        for (Item item : items) {
            List<ChunkDraft> drafts =
                    chunker.chunk(parser.parse(item.bytes, item.name, null).blocks());
            item.texts = drafts.stream().map(d -> embeddingText(item.name, d)).toList();
        }
    }

    /** What the ingest job embeds for a chunk (title and section give a passage its context). */
    static String embeddingText(String title, ChunkDraft d) {
        String section = String.join(" > ", d.sectionPath());
        return (title + (section.isEmpty() ? "" : " — " + section) + "\n" + d.text()).strip();
    }

    /** The model alone on the items' texts, one item after the other; the seconds it took. */
    private double embedAll(List<Item> items, int batch) {
        long nanos = 0;
        for (Item item : items) {
            nanos += embed(item, batch);
        }
        return nanos / 1e9;
    }

    /** The model alone on one item's texts, in the job's batches; the nanoseconds it took. */
    private long embed(Item item, int batch) {
        long t = System.nanoTime();
        int vectors = 0;
        for (int from = 0; from < item.texts.size(); from += batch) {
            vectors += embeddings
                    .embed(item.texts.subList(from, Math.min(item.texts.size(), from + batch)))
                    .size();
        }
        long nanos = System.nanoTime() - t;
        assertThat(vectors).isEqualTo(item.texts.size());
        return nanos;
    }

    // ---- the report

    private record Totals(int docs, int pages, int chunks, double job, double model, double[] stages) {

        static Totals of(List<Item> items) {
            int pages = 0;
            int chunks = 0;
            long job = 0;
            long model = 0;
            double[] stages = new double[STAGES.length];
            for (Item i : items) {
                pages += i.pages;
                chunks += i.texts.size();
                job += i.jobNanos;
                model += i.modelNanos;
                for (int s = 0; s < STAGES.length; s++) {
                    stages[s] += i.stageMillis[s] / 1e3;
                }
            }
            return new Totals(items.size(), pages, chunks, job / 1e9, model / 1e9, stages);
        }

        double chunksPerSecond() {
            return chunks / job;
        }
    }

    private String report(List<Item> items, int batch, double parallelSeconds, double parallelModelSeconds) {
        List<Item> counted = items.stream().filter(i -> i.counted).toList();
        Totals pdf = Totals.of(counted.stream().filter(i -> i.pdf).toList());
        Totals md = Totals.of(counted.stream().filter(i -> !i.pdf).toList());
        Totals all = Totals.of(counted);
        double model = all.chunks() / all.model();
        double ratio = all.chunksPerSecond() / model;
        double parallelRatio = parallelModelSeconds / parallelSeconds;
        double[] st = all.stages();
        double rest = all.job() - st[0] - st[1] - st[2] - st[3];
        return "# Knowledge ingestion throughput\n\n"
                + LocalDate.now() + " · " + BenchSupport.environment() + "\n\n"
                + counted.size() + " PlantCorpus documents (seed " + SEED + "), after " + WARMUP
                + " warm-up documents; embedding model " + embeddings.modelId() + ", batches of " + batch
                + ", chunks of " + settings.chunkChars() + " characters; H2 database.\n\n"
                + header("run", "documents", "pages", "chunks", "seconds", "pages/s", "chunks/s")
                + row(
                        "ingest jobs one at a time, PDF",
                        pdf.docs(),
                        pdf.pages(),
                        pdf.chunks(),
                        pdf.job(),
                        pdf.pages() / pdf.job(),
                        pdf.chunksPerSecond())
                + row(
                        "ingest jobs one at a time, Markdown",
                        md.docs(),
                        "–",
                        md.chunks(),
                        md.job(),
                        "–",
                        md.chunksPerSecond())
                + row(
                        "ingest jobs one at a time, all",
                        all.docs(),
                        "–",
                        all.chunks(),
                        all.job(),
                        "–",
                        all.chunksPerSecond())
                + row(
                        "ingest jobs two at a time (2 workers, the default), all",
                        all.docs(),
                        "–",
                        all.chunks(),
                        parallelSeconds,
                        "–",
                        all.chunks() / parallelSeconds)
                + row(
                        "embedding model alone, same texts and batches, next to each job",
                        "–",
                        "–",
                        all.chunks(),
                        all.model(),
                        "–",
                        model)
                + row(
                        "embedding model alone, same texts and batches, just before and after the run two at a time",
                        "–",
                        "–",
                        all.chunks(),
                        parallelModelSeconds,
                        "–",
                        all.chunks() / parallelModelSeconds)
                + "\nRatio of the jobs' chunks/s to the model's alone, target ≥ " + TARGET_RATIO + ": **"
                + format(ratio) + "** one at a time " + verdict(ratio) + "; **" + format(parallelRatio)
                + "** two at a time " + verdict(parallelRatio) + ".\n\n"
                + "Where the time of the jobs run one at a time goes (the stages as each job timed them):\n\n"
                + header("stage", "seconds", "share of the jobs' time")
                + stage("read the file, parse (PDFBox per page / Markdown), chunk", st[0], all.job())
                + stage("embed (with a progress update a batch)", st[1], all.job())
                + stage("database: delete old chunks, insert new ones, mark the document", st[2], all.job())
                + stage("Lucene: replace the document's chunks, one commit", st[3], all.job())
                + stage("job bookkeeping (job and document records)", rest, all.job())
                + "\nThe embed stage inside the jobs against the model alone next to them: "
                + format(st[1]) + " s against " + format(all.model()) + " s.\n";
    }

    private static String verdict(double ratio) {
        return ratio >= TARGET_RATIO ? "(met)" : "(MISSED)";
    }

    private static String stage(String name, double seconds, double total) {
        return row(name, seconds, format(100 * seconds / total) + " %");
    }
}
