package org.millwright.maintenance.internal.imports;

import java.util.List;

/**
 * What an import found and did. {@code rowsValid} rows had no problem; of them {@code rowsSkipped}
 * were imported before (same external reference) and {@code rowsNew} are new. Nothing is written
 * while {@code errorCount} is above zero or on a dry run; {@code committed} says whether the new
 * rows were written. {@code errors} and {@code skipped} list the first 1,000 of each.
 */
public record ImportReport(
        String kind,
        boolean dryRun,
        boolean committed,
        long rowsRead,
        long rowsValid,
        long rowsNew,
        long rowsSkipped,
        long errorCount,
        List<RowProblem> errors,
        List<RowProblem> skipped) {}
