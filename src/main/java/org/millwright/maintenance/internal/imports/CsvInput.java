package org.millwright.maintenance.internal.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * Opens an uploaded CSV file: UTF-8 with an optional byte-order mark, values separated by
 * {@code ,} or {@code ;} (whichever the first row uses more, outside quotes), quoted as RFC 4180
 * says. Values are trimmed; empty lines are kept as records so record numbers are row numbers.
 */
final class CsvInput {

    /** How much of the first row is looked at to choose the delimiter. */
    static final int HEADER_PEEK = 64 * 1024;

    private CsvInput() {}

    static CSVParser open(InputStream in) throws IOException {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder), HEADER_PEEK * 2);
        skipByteOrderMark(reader);
        char delimiter = delimiter(peekFirstLine(reader));
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .setTrim(true)
                .get();
        return CSVParser.parse(reader, format);
    }

    /** {@code ;} when the line has more semicolons than commas outside quotes, else {@code ,}. */
    static char delimiter(String firstLine) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < firstLine.length(); i++) {
            char c = firstLine.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private static void skipByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
    }

    private static String peekFirstLine(Reader reader) throws IOException {
        reader.mark(HEADER_PEEK + 1);
        StringBuilder line = new StringBuilder();
        int c;
        while (line.length() < HEADER_PEEK && (c = reader.read()) != -1 && c != '\n' && c != '\r') {
            line.append((char) c);
        }
        reader.reset();
        return line.toString();
    }
}
