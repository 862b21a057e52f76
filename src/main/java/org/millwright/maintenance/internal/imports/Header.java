package org.millwright.maintenance.internal.imports;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;

/** The first row of an import file: which position holds which column. */
final class Header {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
    private final Map<String, Integer> positions;
    private final Map<String, String> written;
    private final int size;

    private Header(Map<String, Integer> positions, Map<String, String> written, int size) {
        this.positions = positions;
        this.written = written;
        this.size = size;
    }

    /** Resolves the header row; unknown, repeated and missing columns are recorded as row-1 errors. */
    static Header resolve(CSVRecord row, List<Column> columns, ImportProblems problems) {
        Map<String, String> byName = new HashMap<>();
        for (Column c : columns) {
            byName.put(normalize(c.name()), c.name());
            c.aliases().forEach(a -> byName.put(normalize(a), c.name()));
        }
        Map<String, Integer> positions = new HashMap<>();
        Map<String, String> written = new HashMap<>();
        for (int i = 0; i < row.size(); i++) {
            String given = row.get(i);
            String column = byName.get(normalize(given));
            if (given.isBlank()) {
                continue;
            }
            if (column == null) {
                problems.error(1, given, "import.unknown-column", known(columns));
            } else if (positions.putIfAbsent(column, i) != null) {
                problems.error(1, given, "import.duplicate-column", written.get(column));
            } else {
                written.put(column, given);
            }
        }
        for (Column c : columns) {
            if (c.required() && !positions.containsKey(c.name())) {
                problems.error(1, c.name(), "import.missing-column");
            }
        }
        return new Header(positions, written, row.size());
    }

    /** The value of {@code column} in {@code row}, trimmed; null when the column or the value is absent. */
    String value(CSVRecord row, String column) {
        Integer at = positions.get(column);
        if (at == null || at >= row.size()) {
            return null;
        }
        String value = row.get(at);
        return value.isEmpty() ? null : value;
    }

    /** The column as the file names it (its English name when the file lacks it). */
    String label(String column) {
        return written.getOrDefault(column, column);
    }

    int size() {
        return size;
    }

    static String normalize(String name) {
        String plain = MARKS.matcher(Normalizer.normalize(name.strip(), Normalizer.Form.NFD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
        String joined = SEPARATORS.matcher(plain).replaceAll("_");
        int start = 0;
        int end = joined.length();
        while (start < end && joined.charAt(start) == '_') {
            start++;
        }
        while (end > start && joined.charAt(end - 1) == '_') {
            end--;
        }
        return joined.substring(start, end);
    }

    private static String known(List<Column> columns) {
        return columns.stream().map(Column::name).collect(Collectors.joining(", "));
    }
}
