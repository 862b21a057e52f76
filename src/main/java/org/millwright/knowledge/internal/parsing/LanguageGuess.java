package org.millwright.knowledge.internal.parsing;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A cheap guess between Spanish and English: counts frequent function words of each language in
 * (at most) the first 20,000 characters. Words shared by both ("a", "no", "me") are left out. A
 * tie, including text without any of these words, is English.
 */
public final class LanguageGuess {

    public static final String SPANISH = "es";
    public static final String ENGLISH = "en";

    private static final int SAMPLE = 20_000;
    private static final Pattern WORDS = Pattern.compile("[^\\p{L}]+");
    private static final Set<String> SPANISH_WORDS = Set.of(
            "de", "la", "que", "el", "en", "los", "las", "del", "se", "por", "con", "para", "una", "es", "al", "y",
            "lo", "como", "más", "su", "sus", "este", "esta", "debe", "cuando", "entre", "sobre", "también");
    private static final Set<String> ENGLISH_WORDS = Set.of(
            "the", "and", "of", "to", "is", "in", "that", "for", "with", "are", "be", "on", "it", "as", "by", "this",
            "or", "from", "an", "at", "which", "should", "when", "can", "these", "its", "their", "also");

    private LanguageGuess() {}

    /** {@code "es"} or {@code "en"}. */
    public static String of(String text) {
        if (text == null || text.isEmpty()) {
            return ENGLISH;
        }
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        int spanish = 0;
        int english = 0;
        for (String word : WORDS.split(sample.toLowerCase(Locale.ROOT))) {
            if (SPANISH_WORDS.contains(word)) {
                spanish++;
            } else if (ENGLISH_WORDS.contains(word)) {
                english++;
            }
        }
        return spanish > english ? SPANISH : ENGLISH;
    }
}
