package org.millwright.maintenance.internal.parts;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The form in which part texts are stored for search and queries are matched: lower-case, without
 * accents, so "Sello MECÁNICO" and "sello mecanico" meet. Computed here, not in SQL, so H2 and
 * PostgreSQL match the same way.
 */
final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{Alnum}]+");
    static final int MAX_LENGTH = 1000;

    private SearchText() {}

    /** Lower-case, accents removed, runs of white space as one space. */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return SPACES.matcher(MARKS.matcher(decomposed).replaceAll(""))
                .replaceAll(" ")
                .strip()
                .toLowerCase(Locale.ROOT);
    }

    /** The words of a query, folded; empty for a blank query. */
    static List<String> words(String query) {
        String folded = fold(query);
        return folded.isEmpty() ? List.of() : Arrays.asList(SPACES.split(folded));
    }

    /**
     * The stored search text of a part: its numbers as written and without separators (so
     * "62052rs" finds "6205-2RS"), the manufacturer and the description.
     */
    static String of(String partNumber, String manufacturerPartNumber, String manufacturer, String description) {
        String joined = Stream.of(
                        partNumber,
                        compact(partNumber),
                        manufacturerPartNumber,
                        compact(manufacturerPartNumber),
                        manufacturer,
                        description)
                .filter(Objects::nonNull)
                .filter(s -> !s.isBlank())
                .map(SearchText::fold)
                .distinct()
                .collect(Collectors.joining(" "));
        return joined.length() > MAX_LENGTH ? joined.substring(0, MAX_LENGTH) : joined;
    }

    private static String compact(String number) {
        return number == null ? null : NOT_ALNUM.matcher(number).replaceAll("");
    }
}
