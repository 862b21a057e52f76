package org.millwright.maintenance.internal.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Reading import files: delimiter and BOM detection, header names, and each kind of value. */
class CsvReadingTest {

    private static final List<Column> COLUMNS = List.of(
            Column.required("code", "codigo"),
            Column.required("finished_at", "fecha_fin"),
            Column.optional("parts_cost", "costo_repuestos"),
            Column.optional("downtime_minutes"),
            Column.optional("install_date"));

    @Test
    void theDelimiterIsTheOneTheHeaderUsesMoreOutsideQuotes() {
        assertThat(CsvInput.delimiter("code,name,site")).isEqualTo(',');
        assertThat(CsvInput.delimiter("code;name;site")).isEqualTo(';');
        assertThat(CsvInput.delimiter("\"a;b;c\",d,e")).isEqualTo(',');
        assertThat(CsvInput.delimiter("\"a,b,c\";d;e")).isEqualTo(';');
        assertThat(CsvInput.delimiter("code")).isEqualTo(',');
    }

    @Test
    void aByteOrderMarkIsSkippedAndSemicolonsAreDetected() throws IOException {
        byte[] bytes =
                ("\uFEFFcódigo;fecha_fin\r\nP-1;2025-03-14\r\n\"Q;2\";2025-03-15\r\n").getBytes(StandardCharsets.UTF_8);
        List<CSVRecord> records = records(bytes);
        assertThat(records.get(0).values()).containsExactly("código", "fecha_fin");
        assertThat(records.get(2).values()).containsExactly("Q;2", "2025-03-15");
        assertThat(records.get(2).getRecordNumber()).isEqualTo(3);
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() {
        byte[] latin1 = "code,name\nP-1,Bomba de presión\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> records(latin1)).isInstanceOf(CharacterCodingException.class);
        byte[] lateLatin1 =
                ("code,name\n" + "P-1,Bomba\n".repeat(50_000) + "P-2,Presión\n").getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> records(lateLatin1))
                .as("past the first buffer, the parser's iterator reports it")
                .isInstanceOf(UncheckedIOException.class)
                .hasCauseInstanceOf(CharacterCodingException.class);
    }

    @Test
    void headerNamesMatchInEitherLanguageWhateverTheirCaseAccentsAndSpacing() throws IOException {
        ImportProblems problems = new ImportProblems();
        Header header = header(" Código ;Fecha Fin;COSTO-REPUESTOS", problems);
        assertThat(problems.errorCount()).isZero();
        assertThat(header.label("code")).isEqualTo("Código");
        assertThat(header.label("parts_cost")).isEqualTo("COSTO-REPUESTOS");
        assertThat(header.label("install_date")).as("absent: its English name").isEqualTo("install_date");
    }

    @Test
    void unknownRepeatedAndMissingColumnsAreReportedOnRowOne() throws IOException {
        ImportProblems problems = new ImportProblems();
        header("code,colour,codigo", problems);
        List<RowProblem> found = problems.errors(messages(), Locale.ENGLISH);
        assertThat(found)
                .extracting(RowProblem::row, RowProblem::column)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1L, "colour"),
                        org.assertj.core.groups.Tuple.tuple(1L, "codigo"),
                        org.assertj.core.groups.Tuple.tuple(1L, "finished_at"));
        assertThat(found.get(2).problem()).isEqualTo("This required column is missing.");
        assertThat(problems.errors(messages(), Locale.of("es")).get(2).problem())
                .isEqualTo("Falta esta columna obligatoria.");
    }

    @Test
    void decimalsUseADotAtMostTwoPlacesAndNoSign() throws IOException {
        assertThat(decimal("12.5")).isEqualByComparingTo("12.50");
        assertThat(decimal("0")).isEqualByComparingTo("0");
        assertThat(decimal("1200.00")).isEqualByComparingTo("1200");
        for (String bad : List.of("1,5", "-3", "1.234", "1e3", "abc", "1234567890123.5")) {
            ImportProblems problems = new ImportProblems();
            CsvRow row = row("code,finished_at,parts_cost\nP,2025-01-01," + quote(bad), problems);
            assertThat(row.decimal("parts_cost", 12, 2)).as(bad).isNull();
            assertThat(row.valid()).as(bad).isFalse();
            assertThat(problems.errors(messages(), Locale.ENGLISH).getFirst().column())
                    .isEqualTo("parts_cost");
        }
    }

    @Test
    void wholeNumbersDatesAndTimes() throws IOException {
        ImportProblems problems = new ImportProblems();
        CsvRow row =
                row("code,finished_at,downtime_minutes,install_date\np-1,2025-03-14T08:30,90,2020-02-29", problems);
        ZoneId santiago = ZoneId.of("America/Santiago");
        assertThat(row.code("code", 40, true)).isEqualTo("P-1");
        assertThat(row.whole("downtime_minutes", 1000)).isEqualTo(90);
        assertThat(row.date("install_date")).isEqualTo(LocalDate.of(2020, 2, 29));
        assertThat(row.time("finished_at", santiago)).isEqualTo(Instant.parse("2025-03-14T11:30:00Z"));
        assertThat(row.valid()).isTrue();

        CsvRow bad = row("code,finished_at,downtime_minutes,install_date\nP 1,14/03/2025,1.5,2021-02-29", problems);
        assertThat(bad.code("code", 40, true)).isNull();
        assertThat(bad.time("finished_at", santiago)).isNull();
        assertThat(bad.whole("downtime_minutes", 1000)).isNull();
        assertThat(bad.date("install_date")).isNull();
        assertThat(problems.errors(messages(), Locale.ENGLISH))
                .extracting(RowProblem::row, RowProblem::column)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2L, "code"),
                        org.assertj.core.groups.Tuple.tuple(2L, "finished_at"),
                        org.assertj.core.groups.Tuple.tuple(2L, "downtime_minutes"),
                        org.assertj.core.groups.Tuple.tuple(2L, "install_date"));
        assertThat(problems.errors(messages(), Locale.ENGLISH).get(1).problem())
                .isEqualTo("'14/03/2025' is not a date or date-time (use 2025-03-14 or 2025-03-14T08:30).");
    }

    @Test
    void requiredValuesLengthsAndExtraValues() throws IOException {
        ImportProblems problems = new ImportProblems();
        CsvRow row = row("code,finished_at\n,2025-01-01,surplus", problems);
        assertThat(row.required("code", 40)).isNull();
        assertThat(row.text("finished_at", 5)).isNull();
        assertThat(problems.errors(messages(), Locale.ENGLISH))
                .extracting(RowProblem::column, RowProblem::problem)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                null, "The row has 3 values but the header names 2 columns."),
                        org.assertj.core.groups.Tuple.tuple("code", "A value is required."),
                        org.assertj.core.groups.Tuple.tuple("finished_at", "Longer than 5 characters."));
    }

    @Test
    void problemsAreCountedBeyondTheListedOnes() {
        ImportProblems problems = new ImportProblems();
        for (int i = 0; i < ImportProblems.MAX_LISTED + 5; i++) {
            problems.error(i + 2, "code", "import.required");
        }
        assertThat(problems.errorCount()).isEqualTo(ImportProblems.MAX_LISTED + 5);
        assertThat(problems.errors(messages(), Locale.ENGLISH)).hasSize(ImportProblems.MAX_LISTED);
    }

    private static String quote(String value) {
        return value.contains(",") ? "\"" + value + "\"" : value;
    }

    private static BigDecimal decimal(String value) throws IOException {
        ImportProblems problems = new ImportProblems();
        CsvRow row = row("code,finished_at,parts_cost\nP,2025-01-01," + value, problems);
        BigDecimal n = row.decimal("parts_cost", 12, 2);
        assertThat(row.valid()).as(value).isTrue();
        return n;
    }

    private static CsvRow row(String text, ImportProblems problems) throws IOException {
        List<CSVRecord> records = records(text.getBytes(StandardCharsets.UTF_8));
        Header header = Header.resolve(records.get(0), COLUMNS, problems);
        return new CsvRow(records.get(1), header, problems);
    }

    private static Header header(String line, ImportProblems problems) throws IOException {
        return Header.resolve(records(line.getBytes(StandardCharsets.UTF_8)).getFirst(), COLUMNS, problems);
    }

    private static List<CSVRecord> records(byte[] bytes) throws IOException {
        try (CSVParser parser = CsvInput.open(new ByteArrayInputStream(bytes))) {
            List<CSVRecord> all = new ArrayList<>();
            parser.iterator().forEachRemaining(all::add);
            return all;
        }
    }

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("messages/maintenance");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
