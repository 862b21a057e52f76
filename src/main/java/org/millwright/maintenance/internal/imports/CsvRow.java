package org.millwright.maintenance.internal.imports;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.millwright.maintenance.internal.history.PlantTimes;

/**
 * One data row of an import file, read column by column. Each reader returns the value, or null
 * when it is absent or wrong; a wrong value is recorded against the row and column, so a row is
 * read to the end and every problem in it is reported.
 */
final class CsvRow {

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]+");
    private final CSVRecord record;
    private final Header header;
    private final ImportProblems problems;
    private final long errorsBefore;

    CsvRow(CSVRecord record, Header header, ImportProblems problems) {
        this.record = record;
        this.header = header;
        this.problems = problems;
        this.errorsBefore = problems.errorCount();
        if (record.size() > header.size()) {
            problems.error(number(), null, "import.too-many-values", record.size(), header.size());
        }
    }

    /** The row number as a spreadsheet shows it: the header is row 1. */
    long number() {
        return record.getRecordNumber();
    }

    /** True while no problem was recorded for this row. */
    boolean valid() {
        return problems.errorCount() == errorsBefore;
    }

    void error(String column, String key, Object... args) {
        problems.error(number(), header.label(column), key, args);
    }

    String text(String column, int maxLength) {
        String value = header.value(record, column);
        if (value != null && value.length() > maxLength) {
            error(column, "import.too-long", maxLength);
            return null;
        }
        return value;
    }

    String required(String column, int maxLength) {
        String value = header.value(record, column);
        if (value == null) {
            error(column, "import.required");
            return null;
        }
        return text(column, maxLength);
    }

    /** A code (letters, digits, dots, dashes, underscores), upper-cased. */
    String code(String column, int maxLength, boolean required) {
        String value = required ? required(column, maxLength) : text(column, maxLength);
        if (value == null) {
            return null;
        }
        if (!CODE.matcher(value).matches()) {
            error(column, "import.bad-code", value);
            return null;
        }
        return value.toUpperCase(java.util.Locale.ROOT);
    }

    /** A value of a closed list, read by {@code parser} (which throws IllegalArgumentException for others). */
    <T> T choice(String column, Function<String, T> parser, String errorKey, Object hint) {
        String value = header.value(record, column);
        if (value == null) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            error(column, errorKey, value, hint);
            return null;
        }
    }

    LocalDate date(String column) {
        String value = header.value(record, column);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeException e) {
            error(column, "import.bad-date", value);
            return null;
        }
    }

    Instant time(String column, ZoneId zone) {
        String value = header.value(record, column);
        if (value == null) {
            return null;
        }
        try {
            return PlantTimes.parse(value, zone);
        } catch (DateTimeException e) {
            error(column, "import.bad-time", value);
            return null;
        }
    }

    /** A whole number from 0 to {@code max}. */
    Integer whole(String column, int max) {
        String value = header.value(record, column);
        if (value == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= 0 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        error(column, "import.bad-whole", value, max);
        return null;
    }

    /** A number of at least 0 written with a dot, with at most {@code integerDigits} and {@code fractionDigits}. */
    BigDecimal decimal(String column, int integerDigits, int fractionDigits) {
        String value = header.value(record, column);
        if (value == null) {
            return null;
        }
        BigDecimal n;
        try {
            n = new BigDecimal(value);
        } catch (NumberFormatException e) {
            error(column, "import.bad-decimal", value, fractionDigits);
            return null;
        }
        BigDecimal plain = n.stripTrailingZeros();
        int fraction = Math.max(plain.scale(), 0);
        int integer = plain.precision() - plain.scale();
        if (n.signum() < 0 || fraction > fractionDigits || value.indexOf('e') >= 0 || value.indexOf('E') >= 0) {
            error(column, "import.bad-decimal", value, fractionDigits);
            return null;
        }
        if (integer > integerDigits) {
            error(column, "import.number-too-large", value);
            return null;
        }
        return n.setScale(fractionDigits);
    }
}
