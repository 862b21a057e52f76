package org.millwright.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.millwright.cli.FileOutcome.Kind;

/** The table printed at the end of an ingest: counts by outcome, totals, and the files that need a look. */
final class IngestSummary {

    private final PrintStream out;

    IngestSummary(PrintStream out) {
        this.out = out;
    }

    void print(List<FileOutcome> outcomes, Duration elapsed, boolean dryRun) {
        outcomes.sort(Comparator.comparing(FileOutcome::path));
        out.println();
        out.println(dryRun ? "Summary (dry run: nothing was sent)" : "Summary");
        row("files", outcomes.size());
        if (dryRun) {
            row("to upload", count(outcomes, Kind.WOULD_UPLOAD));
        } else {
            row("indexed", count(outcomes, Kind.INDEXED));
            row("duplicates", count(outcomes, Kind.DUPLICATE));
            row("needs OCR", count(outcomes, Kind.NEEDS_OCR));
            row("failed", count(outcomes, Kind.FAILED));
            if (count(outcomes, Kind.UNFINISHED) > 0) {
                row("not finished", count(outcomes, Kind.UNFINISHED));
            }
        }
        row("skipped", count(outcomes, Kind.SKIPPED));
        if (!dryRun) {
            row("pages", outcomes.stream().mapToInt(FileOutcome::pages).sum());
            row("chunks", outcomes.stream().mapToInt(FileOutcome::chunks).sum());
        }
        out.printf(Locale.ROOT, "  %-13s %8.1f s%n", "elapsed", elapsed.toMillis() / 1000.0);
        for (Kind kind : List.of(Kind.FAILED, Kind.NEEDS_OCR, Kind.UNFINISHED, Kind.SKIPPED)) {
            List<FileOutcome> listed =
                    outcomes.stream().filter(o -> o.kind() == kind).toList();
            if (!listed.isEmpty()) {
                out.println(Character.toUpperCase(kind.label.charAt(0)) + kind.label.substring(1) + ":");
                listed.forEach(o -> out.println("  " + o.path() + ": " + o.detail()));
            }
        }
        out.flush();
    }

    private void row(String label, long value) {
        out.printf(Locale.ROOT, "  %-13s %8d%n", label, value);
    }

    private static long count(List<FileOutcome> outcomes, Kind kind) {
        return outcomes.stream().filter(o -> o.kind() == kind).count();
    }
}
