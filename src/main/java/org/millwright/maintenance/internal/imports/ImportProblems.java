package org.millwright.maintenance.internal.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * What an import found wrong (errors: nothing is written while there is one) and which rows it
 * leaves out (already imported). Every one is counted; the first {@link #MAX_LISTED} of each are
 * kept with their message key, to be worded in the caller's language.
 */
final class ImportProblems {

    static final int MAX_LISTED = 1000;
    private final List<Found> errors = new ArrayList<>();
    private final List<Found> skipped = new ArrayList<>();
    private long errorCount;
    private long skippedCount;

    void error(long row, String column, String key, Object... args) {
        errorCount++;
        if (errors.size() < MAX_LISTED) {
            errors.add(new Found(row, column, key, args));
        }
    }

    void skipped(long row, String column, String key, Object... args) {
        skippedCount++;
        if (skipped.size() < MAX_LISTED) {
            skipped.add(new Found(row, column, key, args));
        }
    }

    long errorCount() {
        return errorCount;
    }

    long skippedCount() {
        return skippedCount;
    }

    List<RowProblem> errors(MessageSource messages, Locale locale) {
        return worded(errors, messages, locale);
    }

    List<RowProblem> skipped(MessageSource messages, Locale locale) {
        return worded(skipped, messages, locale);
    }

    private static List<RowProblem> worded(List<Found> found, MessageSource messages, Locale locale) {
        return found.stream()
                .map(f -> new RowProblem(f.row(), f.column(), messages.getMessage(f.key(), f.args(), f.key(), locale)))
                .toList();
    }

    private record Found(long row, String column, String key, Object[] args) {}
}
