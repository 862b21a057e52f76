package org.millwright.assistant.internal.parts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.millwright.assistant.internal.AssistantSettings;
import org.millwright.knowledge.KnowledgeRetrieval;
import org.millwright.maintenance.AssetRegistry;
import org.millwright.maintenance.AssetSummary;
import org.millwright.maintenance.AssetType;
import org.millwright.maintenance.CataloguedPart;
import org.millwright.maintenance.PartSummary;
import org.millwright.maintenance.PartsCatalogue;
import org.millwright.platform.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Recommends spare parts of the tenant's catalogue for a question, by meaning as well as by words:
 * a part named by its number comes first; the rest rank by the cosine of their text's vector to the
 * question's (the knowledge base's embedding model) plus half the share of the question's words
 * found in their text, plus 0.1 when they fit the machine asked about. With a machine given, parts
 * that fit only other machines are left out unless the question names them or shares words with
 * them. Works in the tenant of {@code TenantContext}.
 */
@Component
public class PartsAdvisor {

    private static final Logger log = LoggerFactory.getLogger(PartsAdvisor.class);
    static final double WORD_WEIGHT = 0.5;
    static final double FIT_BONUS = 0.1;
    static final int MAX_LIMIT = 50;

    private final PartsCatalogue catalogue;
    private final KnowledgeRetrieval knowledge;
    private final PartVectors vectors;
    private final AssetRegistry assets;
    private final double minSimilarity;

    PartsAdvisor(
            PartsCatalogue catalogue,
            KnowledgeRetrieval knowledge,
            PartVectors vectors,
            AssetRegistry assets,
            AssistantSettings settings) {
        this.catalogue = catalogue;
        this.knowledge = knowledge;
        this.vectors = vectors;
        this.assets = assets;
        this.minSimilarity = settings.feedback().partMinSimilarity();
    }

    /**
     * The parts best matching the question, best first, at most {@code limit} (1 to 50), with their
     * stock at the sites the caller sees. {@code assetId} and {@code assetType} (an asset type
     * code; null with an asset: the asset's) name the machine asked about; both may be null.
     */
    public List<PartRecommendation> recommend(String question, UUID assetId, String assetType, int limit) {
        if (question == null || question.isBlank()) {
            return List.of();
        }
        List<CataloguedPart> parts = catalogue.activeParts(PartsCatalogue.MAX_CATALOGUE);
        if (parts.isEmpty()) {
            return List.of();
        }
        Machine machine = machine(assetId, assetType);
        Set<String> questionWords = Words.content(question);
        List<String> numbers = Words.numberTokens(question);
        Map<UUID, Double> similarity = similarities(question, parts);

        List<Candidate> candidates = new ArrayList<>();
        for (CataloguedPart p : parts) {
            Candidate c = candidate(p, machine, questionWords, numbers, similarity.getOrDefault(p.id(), 0.0));
            if (c != null) {
                candidates.add(c);
            }
        }
        candidates.sort(Comparator.comparing(Candidate::exact)
                .reversed()
                .thenComparing(Comparator.comparingDouble(Candidate::score).reversed())
                .thenComparing(c -> c.part().partNumber()));
        List<Candidate> best = candidates.subList(0, Math.min(candidates.size(), Math.clamp(limit, 1, MAX_LIMIT)));
        Map<UUID, PartSummary> summaries = new HashMap<>();
        catalogue.find(best.stream().map(c -> c.part().id()).toList()).forEach(s -> summaries.put(s.id(), s));
        return best.stream()
                .filter(c -> summaries.containsKey(c.part().id()))
                .map(c -> new PartRecommendation(
                        summaries.get(c.part().id()), c.score(), c.exact(), c.words(), c.similarity(), c.fits()))
                .toList();
    }

    private Candidate candidate(
            CataloguedPart p, Machine machine, Set<String> questionWords, List<String> numbers, double similarity) {
        boolean exact = numbers.contains(Words.compact(p.partNumber()))
                || (p.manufacturerPartNumber() != null && numbers.contains(Words.compact(p.manufacturerPartNumber())));
        Set<String> partWords = Words.content(PartText.words(p));
        List<String> matched = questionWords.stream()
                .filter(q -> partWords.stream().anyMatch(w -> Words.same(q, w)))
                .toList();
        boolean fits = machine != null && machine.fits(p);
        boolean fitsOthersOnly = machine != null
                && !fits
                && (!p.assetTypes().isEmpty() || !p.assetIds().isEmpty());
        if (!exact && matched.isEmpty() && (fitsOthersOnly || similarity < minSimilarity)) {
            return null;
        }
        double wordShare = questionWords.isEmpty() ? 0 : (double) matched.size() / questionWords.size();
        double score = similarity + WORD_WEIGHT * wordShare + (fits ? FIT_BONUS : 0);
        return new Candidate(p, exact, score, matched, similarity, fits);
    }

    /** Cosine of each part to the question; empty (words only) when the model cannot be reached. */
    private Map<UUID, Double> similarities(String question, List<CataloguedPart> parts) {
        try {
            float[] q = knowledge.embed(List.of(question)).getFirst();
            Map<UUID, float[]> partVectors = vectors.of(TenantContext.require(), parts);
            Map<UUID, Double> out = new HashMap<>();
            partVectors.forEach((id, v) -> out.put(id, dot(q, v)));
            return out;
        } catch (RuntimeException e) {
            log.warn("Parts are recommended by their words only: the embedding model failed ({})", e.toString());
            return Map.of();
        }
    }

    private Machine machine(UUID assetId, String assetType) {
        String type = assetType == null || assetType.isBlank()
                ? null
                : AssetType.builtIn(assetType).map(AssetType::wire).orElse(assetType.strip());
        if (type == null && assetId != null) {
            type = assets.find(assetId).map(AssetSummary::type).orElse(null);
        }
        return assetId == null && type == null ? null : new Machine(assetId, type);
    }

    static double dot(float[] a, float[] b) {
        int n = Math.min(a.length, b.length);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private record Machine(UUID assetId, String type) {
        boolean fits(CataloguedPart p) {
            return (assetId != null && p.assetIds().contains(assetId))
                    || (type != null && p.assetTypes().contains(type));
        }
    }

    private record Candidate(
            CataloguedPart part, boolean exact, double score, List<String> words, double similarity, boolean fits) {}
}
