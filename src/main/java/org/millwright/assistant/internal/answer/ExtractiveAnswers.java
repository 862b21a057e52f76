package org.millwright.assistant.internal.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.millwright.knowledge.RetrievedPassage;

/**
 * The answer without a model: the sentences of the best passages that share most words with the
 * question (accents and word endings ignored), each followed by its citation. Passages in the
 * question's language weigh more, and so do higher-ranked ones; 2 to {@code maxSentences}
 * sentences are kept, in passage rank and reading order, none repeated (passages overlap).
 */
public final class ExtractiveAnswers {

    static final double OTHER_LANGUAGE = 0.75;
    static final double KEEP_SHARE = 0.5;
    static final double FREQUENCY_BONUS = 1.5;
    private static final Pattern FREQUENCY_QUESTION = Pattern.compile(
            "\\b(how often|how frequently|how many hours|how many times|cada cuant\\w*|con que frecuencia|"
                    + "cuantas horas|cuantas veces|frecuencia|interval\\w*)\\b");
    private static final Pattern FREQUENCY_ANSWER = Pattern.compile(
            "\\b(every|each|daily|weekly|monthly|quarterly|yearly|annually|semiannually|hourly|hours|days|weeks|"
                    + "months|years|cada|diari\\w*|semanal\\w*|mensual\\w*|anual\\w*|semestral\\w*|horas|dias|"
                    + "semanas|meses|anos|periodic\\w*|interval\\w*|frecuencia)\\b");
    private final int maxSentences;

    public ExtractiveAnswers(int maxSentences) {
        this.maxSentences = maxSentences;
    }

    /** A sentence of the answer and the number of the source it comes from. */
    public record Sentence(String text, int n) {}

    /**
     * The sentences answering {@code question} from {@code sources} (numbered from 1 in list
     * order); empty when no source is relevant.
     */
    public List<Sentence> extract(String question, String language, List<RetrievedPassage> sources) {
        Set<String> questionStems = TextTerms.stems(question);
        boolean askingHowOften =
                FREQUENCY_QUESTION.matcher(TextTerms.fold(question)).find();
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            RetrievedPassage p = sources.get(i);
            if ("image".equals(p.kind()) || !Relevance.relevant(questionStems, p)) {
                continue;
            }
            Set<String> terms = new LinkedHashSet<>(questionStems);
            terms.addAll(Relevance.marked(p.snippet()));
            double weight = (1.0 / (1.0 + 0.15 * i)) * (language.equals(p.language()) ? 1.0 : OTHER_LANGUAGE);
            List<String> sentences = Sentences.of(p.text());
            for (int s = 0; s < sentences.size(); s++) {
                Set<String> stems = TextTerms.stems(sentences.get(s));
                stems.retainAll(terms);
                if (!stems.isEmpty()) {
                    candidates.add(new Candidate(sentences.get(s), i, s, stems, weight));
                }
            }
        }
        Map<String, Integer> frequency = new HashMap<>();
        candidates.forEach(c -> c.stems().forEach(stem -> frequency.merge(stem, 1, Integer::sum)));
        List<Scored> scored = new ArrayList<>();
        for (Candidate c : candidates) {
            double matched = 0;
            for (String stem : c.stems()) {
                // rarer words say more: a word in every candidate (the machine's name) counts least
                matched += Math.log(1.0 + (double) candidates.size() / frequency.get(stem));
            }
            if (askingHowOften
                    && FREQUENCY_ANSWER.matcher(TextTerms.fold(c.text())).find()) {
                matched *= FREQUENCY_BONUS;
            }
            int words = TextTerms.words(c.text()).size();
            double density = c.stems().size() / Math.sqrt(Math.max(4, words));
            scored.add(new Scored(c.text(), c.source(), c.position(), (matched + 0.1 * density) * c.weight()));
        }
        return choose(scored);
    }

    private record Candidate(String text, int source, int position, Set<String> stems, double weight) {}

    private List<Sentence> choose(List<Scored> scored) {
        scored.sort(Comparator.comparingDouble(Scored::score).reversed());
        List<Scored> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        double best = scored.isEmpty() ? 0 : scored.getFirst().score();
        for (Scored s : scored) {
            if (kept.size() >= maxSentences || (kept.size() >= 2 && s.score() < KEEP_SHARE * best)) {
                break;
            }
            if (seen.add(TextTerms.fold(s.text()).replaceAll("\\W+", ""))) {
                kept.add(s);
            }
        }
        kept.sort(Comparator.comparingInt(Scored::source).thenComparingInt(Scored::position));
        return kept.stream().map(s -> new Sentence(s.text(), s.source() + 1)).toList();
    }

    private record Scored(String text, int source, int position, double score) {}
}
