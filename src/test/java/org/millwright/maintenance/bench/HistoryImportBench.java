package org.millwright.maintenance.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.millwright.support.Api;
import org.millwright.support.TestTenants;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Time to import {@code bench.rows} (default 100,000) maintenance history rows through
 * {@code POST /api/v1/maintenance/imports/history}, the product's request: a dry run, the
 * committing import, the same file again (every row skipped), and the CSV export of them all.
 * Run once per database by {@link HistoryImportH2Benchmark} and {@link HistoryImportPostgresBenchmark};
 * each appends its row to {@code target/bench/history-import.md}.
 *
 * <p>Run: {@code ./mvnw -q -B -o -Pbench test -Dtest='HistoryImport*Benchmark' [-Dbench.rows=20000]}.
 */
public interface HistoryImportBench {

    int ROWS = Integer.getInteger("bench.rows", 100_000);
    int ASSETS = 200;
    double LIMIT_SECONDS = 30;
    Path REPORT = Path.of("target", "bench", "history-import.md");

    Api platformAdmin();

    Api anonymousClient();

    JdbcTemplate jdbc();

    /** The database's name in the report. */
    String database();

    @Test
    default void importsOneHundredThousandHistoryRowsWithinThirtySeconds() throws IOException {
        var t = TestTenants.create(platformAdmin(), anonymousClient(), "Bench");
        Api api = t.admin();
        var assets = upload(api, "assets", assetsCsv(), false);
        assertThat(assets.status()).as(assets.toString()).isEqualTo(200);
        byte[] history = historyCsv(ROWS, new Random(42));

        long start = System.nanoTime();
        var dry = upload(api, "history", history, true);
        double drySeconds = seconds(start);
        assertThat(dry.status()).as(dry.toString()).isEqualTo(200);

        start = System.nanoTime();
        var done = upload(api, "history", history, false);
        double importSeconds = seconds(start);
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        JsonNode report = done.json();
        assertThat(report.get("rowsNew").asInt()).isEqualTo(ROWS);
        assertThat(jdbc().queryForObject(
                                "select count(*) from maintenance_records where tenant_id = ?", Integer.class, t.id()))
                .isEqualTo(ROWS);

        start = System.nanoTime();
        var again = upload(api, "history", history, false);
        double againSeconds = seconds(start);
        assertThat(again.json().get("rowsSkipped").asInt()).isEqualTo(ROWS);

        start = System.nanoTime();
        var export = api.get("/api/v1/maintenance/exports/history.csv");
        double exportSeconds = seconds(start);
        assertThat(export.text().lines().count()).isEqualTo(ROWS + 1L);

        String row = String.format(
                Locale.ROOT,
                "| %s | %s | %,d | %.1f | %.2f | **%.2f** | %,.0f | %.2f | %.2f |",
                java.time.LocalDate.now(),
                database(),
                ROWS,
                history.length / 1e6,
                drySeconds,
                importSeconds,
                ROWS / importSeconds,
                againSeconds,
                exportSeconds);
        write(row);
        assertThat(importSeconds)
                .as("import of %,d rows on %s", ROWS, database())
                .isLessThanOrEqualTo(LIMIT_SECONDS);
    }

    private static void write(String row) throws IOException {
        Files.createDirectories(REPORT.getParent());
        if (!Files.exists(REPORT)) {
            Files.writeString(
                    REPORT,
                    "| date | database | rows | file MB | dry run s | import s | rows/s | re-import (all skipped) s"
                            + " | export s |\n|---|---|---|---|---|---|---|---|---|\n");
        }
        Files.writeString(REPORT, row + "\n", StandardOpenOption.APPEND);
        System.out.println(row);
    }

    private static Api.Response upload(Api api, String kind, byte[] csv, boolean dryRun) {
        return api.upload(
                "/api/v1/maintenance/imports/" + kind + "?dryRun=" + dryRun,
                "file",
                Map.of(kind + ".csv", csv),
                Map.of());
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static byte[] assetsCsv() {
        StringBuilder csv = new StringBuilder("code,name,site,type,criticality\n");
        for (int i = 0; i < ASSETS; i++) {
            csv.append(String.format(
                    Locale.ROOT,
                    "B-%03d,Machine %d,P1,%s,%s%n",
                    i,
                    i,
                    i % 2 == 0 ? "pump" : "motor",
                    "ABC".charAt(i % 3)));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Rows spread over five years and 200 assets; 60 % corrective with failure codes and costs. */
    static byte[] historyCsv(int rows, Random random) {
        List<String> modes = List.of("VIB", "ELP", "OHE", "NOI", "FTS", "BRD", "LOO");
        List<String> causes = List.of("WEAR", "FATIGUE", "MISALIGN", "LUBRICATION", "CONTAMINATION", "ELECTRICAL");
        List<String> remedies = List.of("REPLACE", "REPAIR", "ADJUST", "CLEAN", "LUBRICATE");
        List<String> notes = List.of(
                "Cambio de rodamiento lado acople",
                "Mechanical seal replaced, \"leak\" stopped",
                "Ajuste de correas; tensión según manual",
                "Limpieza de filtro de aspiración",
                "Motor rebobinado en taller externo");
        StringBuilder csv = new StringBuilder(rows * 140);
        csv.append("external_ref,asset,work_type,started_at,finished_at,description,failure_mode,failure_cause,"
                + "remedy,downtime_minutes,labour_hours,parts_cost,labour_cost\n");
        LocalDateTime origin = LocalDateTime.of(2020, 1, 1, 0, 0);
        for (int i = 0; i < rows; i++) {
            LocalDateTime started = origin.plusMinutes(random.nextInt(5 * 365 * 24 * 60));
            LocalDateTime finished = started.plusMinutes(30 + random.nextInt(600));
            boolean corrective = random.nextInt(10) < 6;
            String type = corrective
                    ? "corrective"
                    : List.of("preventive", "predictive", "inspection").get(random.nextInt(3));
            csv.append("LEG-").append(i).append(',');
            csv.append(String.format(Locale.ROOT, "B-%03d", random.nextInt(ASSETS)))
                    .append(',');
            csv.append(type).append(',');
            csv.append(started).append(',').append(finished).append(',');
            String note = notes.get(random.nextInt(notes.size()));
            csv.append(note.contains(",") || note.contains("\"") ? "\"" + note.replace("\"", "\"\"") + "\"" : note)
                    .append(',');
            if (corrective) {
                csv.append(modes.get(random.nextInt(modes.size()))).append(',');
                csv.append(causes.get(random.nextInt(causes.size()))).append(',');
                csv.append(remedies.get(random.nextInt(remedies.size()))).append(',');
                csv.append(random.nextInt(720)).append(',');
            } else {
                csv.append(",,,,");
            }
            csv.append(String.format(
                    Locale.ROOT,
                    "%.2f,%.2f,%.2f%n",
                    0.25 + random.nextInt(48) * 0.25,
                    corrective ? random.nextInt(500_000) / 100.0 : 0.0,
                    random.nextInt(80_000) / 100.0));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
