package org.millwright.knowledge.internal.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A Spanish–English maintenance vocabulary that carries a query into the other language, so a
 * Spanish question finds an English manual (and the reverse) with an English-only embedding model
 * and per-language BM25. Phrases of up to {@link #MAX_PHRASE} words are matched before single
 * words, on lower-cased, accent-free forms, with a plural fallback. Words the lexicon does not know
 * are dropped from the translation, except codes and numbers ("P-101", "7"), which every language
 * shares.
 */
public final class BilingualLexicon {

    static final int MAX_PHRASE = 4;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s¿?¡!.,;:()\"'«»“”]+");

    private final Map<String, List<String>> spanishToEnglish;
    private final Map<String, List<String>> englishToSpanish;

    private BilingualLexicon(Map<String, List<String>> spanishToEnglish, Map<String, List<String>> englishToSpanish) {
        this.spanishToEnglish = spanishToEnglish;
        this.englishToSpanish = englishToSpanish;
    }

    /** The bundled vocabulary ({@code knowledge/lexicon-es-en.tsv}) plus any extra files of the same format. */
    public static BilingualLexicon load(List<InputStream> sources) {
        Map<String, List<String>> es = new HashMap<>();
        Map<String, List<String>> en = new HashMap<>();
        for (InputStream source : sources) {
            read(source, es, en);
        }
        return new BilingualLexicon(es, en);
    }

    public static BilingualLexicon bundled() {
        return load(List.of(bundledStream()));
    }

    public static InputStream bundledStream() {
        InputStream in = BilingualLexicon.class.getResourceAsStream("/knowledge/lexicon-es-en.tsv");
        if (in == null) {
            throw new IllegalStateException("knowledge/lexicon-es-en.tsv is missing from the classpath");
        }
        return in;
    }

    private static void read(InputStream source, Map<String, List<String>> es, Map<String, List<String>> en) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(source, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String[] sides = line.split("\t");
                if (line.isBlank() || line.startsWith("#") || sides.length != 2) {
                    continue;
                }
                List<String> spanish = alternatives(sides[0]);
                List<String> english = alternatives(sides[1]);
                spanish.forEach(
                        s -> es.computeIfAbsent(s, k -> new ArrayList<>()).addAll(english));
                english.forEach(
                        e -> en.computeIfAbsent(e, k -> new ArrayList<>()).addAll(spanish));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> alternatives(String side) {
        List<String> out = new ArrayList<>();
        for (String alternative : side.split("\\|")) {
            String folded = String.join(" ", words(alternative));
            if (!folded.isEmpty()) {
                out.add(folded);
            }
        }
        return out;
    }

    /** Lower-cased, accent-free words of a text; punctuation splits words, hyphens and digits stay. */
    static List<String> words(String text) {
        String folded =
                MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        List<String> out = new ArrayList<>();
        for (String w : SEPARATORS.split(folded.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** The query in the other language, both ways; empty strings where nothing was recognised. */
    public Translation translate(String query) {
        List<String> words = words(query);
        Side english = carry(words, spanishToEnglish);
        Side spanish = carry(words, englishToSpanish);
        return new Translation(
                english.primary(),
                english.expanded(),
                english.matched(),
                spanish.primary(),
                spanish.expanded(),
                spanish.matched());
    }

    private record Side(String primary, String expanded, int matched) {}

    private static Side carry(List<String> words, Map<String, List<String>> table) {
        List<String> primary = new ArrayList<>();
        Set<String> expanded = new LinkedHashSet<>();
        int matched = 0;
        for (int i = 0; i < words.size(); ) {
            int length = Math.min(MAX_PHRASE, words.size() - i);
            List<String> found = null;
            for (; length > 0 && found == null; length--) {
                found = lookup(table, String.join(" ", words.subList(i, i + length)));
            }
            length++;
            if (found != null) {
                primary.add(found.getFirst());
                expanded.addAll(found);
                matched += length;
            } else if (neutral(words.get(i))) {
                primary.add(words.get(i));
                expanded.add(words.get(i));
            }
            i += length;
        }
        return new Side(String.join(" ", primary), String.join(" ", expanded), matched);
    }

    private static List<String> lookup(Map<String, List<String>> table, String phrase) {
        List<String> found = table.get(phrase);
        if (found == null && phrase.length() > 4 && phrase.endsWith("es")) {
            found = table.get(phrase.substring(0, phrase.length() - 2));
        }
        if (found == null && phrase.length() > 3 && phrase.endsWith("s")) {
            found = table.get(phrase.substring(0, phrase.length() - 1));
        }
        return found;
    }

    /** Codes and numbers mean the same in every language. */
    private static boolean neutral(String word) {
        return word.chars().anyMatch(Character::isDigit);
    }

    /**
     * A query carried across: {@code english} is the Spanish words' English rendering (first
     * alternatives, for embedding), {@code englishTerms} all alternatives (for BM25); the same for
     * {@code spanish}. {@code *Matched} count the query words each direction recognised.
     */
    public record Translation(
            String english,
            String englishTerms,
            int spanishWordsMatched,
            String spanish,
            String spanishTerms,
            int englishWordsMatched) {

        /** True when the query reads as Spanish: more of it is Spanish vocabulary than English. */
        public boolean looksSpanish() {
            return spanishWordsMatched > englishWordsMatched;
        }
    }
}
