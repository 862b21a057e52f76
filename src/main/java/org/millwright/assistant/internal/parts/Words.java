package org.millwright.assistant.internal.parts;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Words of questions and part texts as they are matched: lower-case, accents removed, Spanish and
 * English function words left out; part numbers compared without separators and case.
 */
final class Words {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{Alnum}]+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{Alnum}]");
    private static final Pattern TOKEN_EDGES = Pattern.compile("^[^\\p{Alnum}]+|[^\\p{Alnum}]+$");
    private static final Set<String> STOP = Set.of(
            // Spanish
            "que",
            "qué",
            "los",
            "las",
            "del",
            "por",
            "para",
            "con",
            "sin",
            "una",
            "uno",
            "unos",
            "unas",
            "como",
            "cual",
            "cuál",
            "esta",
            "este",
            "esto",
            "ese",
            "esa",
            "hay",
            "muy",
            "mas",
            "pero",
            "sus",
            "son",
            "tiene",
            "tengo",
            "debo",
            "puedo",
            "necesito",
            "repuesto",
            "repuestos",
            "pieza",
            "piezas",
            "cambiar",
            "cambio",
            // English
            "the",
            "and",
            "for",
            "with",
            "what",
            "which",
            "how",
            "does",
            "can",
            "should",
            "need",
            "this",
            "that",
            "there",
            "from",
            "into",
            "its",
            "are",
            "was",
            "has",
            "have",
            "part",
            "parts",
            "spare",
            "replace",
            "use");

    private Words() {}

    /** Lower-case, without accents. */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** The words of a text that carry meaning (three letters or more, not function words), folded. */
    static Set<String> content(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String w : NOT_WORD.split(fold(text))) {
            if (w.length() >= 3 && !STOP.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }

    /** The tokens of a question that may be part numbers, compacted ({@code 6309-2z-c3} is {@code 63092ZC3}). */
    static List<String> numberTokens(String question) {
        List<String> tokens = new ArrayList<>();
        for (String raw : question.strip().split("\\s+")) {
            String compact = compact(TOKEN_EDGES.matcher(raw).replaceAll(""));
            if (compact.length() >= 3) {
                tokens.add(compact);
            }
        }
        return tokens;
    }

    /** A part number without separators, upper-case; empty for null. */
    static String compact(String number) {
        return number == null
                ? ""
                : NOT_ALNUM.matcher(fold(number)).replaceAll("").toUpperCase(Locale.ROOT);
    }

    /**
     * Whether two folded words are the same word: equal, or long and differing only in their ending
     * ({@code rodamiento} and {@code rodamientos}, {@code lubricate} and {@code lubrication}).
     */
    static boolean same(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int shorter = Math.min(a.length(), b.length());
        if (shorter < 5) {
            return false;
        }
        int common = 0;
        while (common < shorter && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        return common >= Math.max(5, shorter - 2);
    }
}
