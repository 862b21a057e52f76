package org.millwright.assistant.internal.answer;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Spanish or English, guessed from a question: frequent function and question words of each
 * language, and Spanish's own marks (¿ ¡ ñ and accented vowels). A tie is the fallback (the
 * caller's {@code Accept-Language}).
 */
public final class QuestionLanguage {

    public static final String SPANISH = "es";
    public static final String ENGLISH = "en";
    private static final Set<String> SPANISH_WORDS = Set.copyOf(List.of(
            "de",
            "la",
            "que",
            "el",
            "en",
            "los",
            "las",
            "del",
            "se",
            "por",
            "con",
            "para",
            "una",
            "es",
            "al",
            "y",
            "lo",
            "como",
            "mas",
            "su",
            "sus",
            "este",
            "esta",
            "debe",
            "cuando",
            "entre",
            "sobre",
            "tambien",
            "cual",
            "cuales",
            "cada",
            "cuantas",
            "cuantos",
            "cuanto",
            "donde",
            "hay",
            "hago",
            "debo",
            "puedo",
            "mi",
            "bomba",
            "un",
            "unos",
            "no",
            "se",
            "pero",
            "porque",
            "horas",
            "falla",
            "ruido",
            "cambiar",
            "revisar",
            "mantenimiento",
            "mantencion",
            "tiene",
            "son",
            "esta",
            "estan"));
    private static final Set<String> ENGLISH_WORDS = Set.copyOf(List.of(
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
            "what",
            "how",
            "why",
            "where",
            "does",
            "do",
            "my",
            "i",
            "often",
            "pump",
            "check",
            "replace",
            "maintenance",
            "there",
            "much",
            "many",
            "will",
            "not",
            "after",
            "before",
            "every"));

    private QuestionLanguage() {}

    /** {@code es} or {@code en}; {@code fallback} (either) on a tie. */
    public static String of(String question, String fallback) {
        int spanish = 0;
        int english = 0;
        String lower = question == null ? "" : question.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            if ("¿¡ñáéíóú".indexOf(lower.charAt(i)) >= 0) {
                spanish += 2;
            }
        }
        for (String w : TextTerms.words(lower)) {
            if (SPANISH_WORDS.contains(w)) {
                spanish++;
            }
            if (ENGLISH_WORDS.contains(w)) {
                english++;
            }
        }
        if (spanish == english) {
            return SPANISH.equals(fallback) ? SPANISH : ENGLISH;
        }
        return spanish > english ? SPANISH : ENGLISH;
    }
}
