package org.millwright.assistant.internal.answer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words that carry meaning, compared loosely: lower case, accents removed, Spanish and
 * English function words dropped, and each word cut to its first five letters (a crude stem that
 * makes "lubricate", "lubricated" and "lubrication", or "mantención" and "mantenimiento", meet).
 */
public final class TextTerms {

    static final int STEM = 5;
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{Nd}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Set<String> STOPWORDS = Set.copyOf(List.of(
            // Spanish (accents removed)
            "de",
            "la",
            "que",
            "el",
            "en",
            "y",
            "a",
            "los",
            "las",
            "del",
            "se",
            "por",
            "con",
            "para",
            "una",
            "un",
            "uno",
            "unos",
            "unas",
            "es",
            "son",
            "al",
            "lo",
            "como",
            "mas",
            "su",
            "sus",
            "este",
            "esta",
            "estos",
            "estas",
            "ese",
            "esa",
            "eso",
            "debe",
            "deben",
            "debo",
            "cuando",
            "entre",
            "sobre",
            "tambien",
            "o",
            "u",
            "no",
            "si",
            "me",
            "mi",
            "mis",
            "te",
            "tu",
            "le",
            "les",
            "nos",
            "yo",
            "hay",
            "ha",
            "han",
            "he",
            "ser",
            "estar",
            "esta",
            "estan",
            "fue",
            "cual",
            "cuales",
            "cuanto",
            "cuanta",
            "cuantos",
            "cuantas",
            "que",
            "quien",
            "donde",
            "como",
            "porque",
            "cada",
            "hace",
            "hacer",
            "hago",
            "puedo",
            "puede",
            "pueden",
            "tengo",
            "tiene",
            "tienen",
            "muy",
            "ya",
            "pero",
            "sin",
            "hasta",
            "desde",
            "segun",
            "todo",
            "toda",
            "todos",
            "todas",
            "otro",
            "otra",
            "vez",
            "veces",
            // English
            "the",
            "and",
            "of",
            "to",
            "is",
            "in",
            "that",
            "for",
            "with",
            "are",
            "be",
            "on",
            "it",
            "as",
            "by",
            "this",
            "or",
            "from",
            "an",
            "at",
            "which",
            "should",
            "when",
            "can",
            "these",
            "its",
            "their",
            "also",
            "a",
            "i",
            "my",
            "me",
            "we",
            "our",
            "you",
            "your",
            "do",
            "does",
            "did",
            "how",
            "what",
            "why",
            "where",
            "who",
            "whom",
            "often",
            "much",
            "many",
            "there",
            "was",
            "were",
            "been",
            "has",
            "have",
            "had",
            "will",
            "would",
            "could",
            "shall",
            "must",
            "may",
            "might",
            "if",
            "then",
            "than",
            "so",
            "not",
            "no",
            "into",
            "about",
            "any",
            "some",
            "all",
            "each",
            "every",
            "they",
            "them",
            "he",
            "she",
            "his",
            "her",
            "get",
            "use"));

    private TextTerms() {}

    /** Lower case without accents (ñ becomes n). */
    public static String fold(String text) {
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    /** The words of {@code text} in order, folded, function words included. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : NON_WORD.split(fold(text))) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** The distinct stems of the meaningful words of {@code text}, in order of first use. */
    public static Set<String> stems(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : words(text)) {
            if (meaningful(w)) {
                out.add(stem(w));
            }
        }
        return out;
    }

    static boolean meaningful(String folded) {
        if (STOPWORDS.contains(folded)) {
            return false;
        }
        boolean digits = folded.chars().allMatch(Character::isDigit);
        return digits ? !folded.isEmpty() : folded.length() > 2;
    }

    static String stem(String folded) {
        return folded.length() <= STEM ? folded : folded.substring(0, STEM);
    }
}
