package org.millwright.assistant.internal.answer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.millwright.assistant.internal.AssistantSettings;
import org.millwright.assistant.internal.feedback.VerifiedFixBoost;
import org.millwright.knowledge.KnowledgeRetrieval;
import org.millwright.knowledge.RetrievalQuery;
import org.millwright.knowledge.RetrievedPassage;
import org.springframework.stereotype.Component;

/**
 * The passages an answer stands on: retrieved from the knowledge base, kept only when they bear
 * on the question, those linked to the asked-about machine first, each group raised by the
 * machine's verified fixes.
 */
@Component
class SourceFinder {

    private final KnowledgeRetrieval retrieval;
    private final VerifiedFixBoost fixes;
    private final AssistantSettings settings;

    SourceFinder(KnowledgeRetrieval retrieval, VerifiedFixBoost fixes, AssistantSettings settings) {
        this.retrieval = retrieval;
        this.fixes = fixes;
        this.settings = settings;
    }

    /**
     * At most {@code answers.passages} passages, best first. {@code askedAsset} is the machine the
     * question was asked about (its linked passages lead); {@code assetId} and {@code assetType}
     * the machine whose verified fixes count (the asked one, or one named in the question).
     */
    List<RetrievedPassage> find(String question, UUID askedAsset, UUID assetId, String assetType) {
        int k = settings.answers().passages();
        Set<String> stems = TextTerms.stems(question);
        Map<UUID, RetrievedPassage> linked = new LinkedHashMap<>();
        if (askedAsset != null) {
            retrieval.retrieve(new RetrievalQuery(question, k, null, askedAsset, null, null, null)).stream()
                    .filter(p -> Relevance.relevant(stems, p))
                    .forEach(p -> linked.putIfAbsent(p.chunkId(), p));
        }
        Map<UUID, RetrievedPassage> rest = new LinkedHashMap<>();
        for (RetrievedPassage p : retrieval.retrieve(RetrievalQuery.of(question, k))) {
            if (Relevance.relevant(stems, p) && !linked.containsKey(p.chunkId())) {
                rest.putIfAbsent(p.chunkId(), p);
            }
        }
        // each list is ranked on its own (their scores come from two searches): linked ones stay first
        List<RetrievedPassage> ranked = new ArrayList<>(boosted(linked.values(), assetId, assetType));
        ranked.addAll(boosted(rest.values(), assetId, assetType));
        return ranked.stream().limit(k).toList();
    }

    private List<RetrievedPassage> boosted(Collection<RetrievedPassage> passages, UUID assetId, String assetType) {
        List<RetrievedPassage> list = List.copyOf(passages);
        return list.isEmpty() || (assetId == null && assetType == null) ? list : fixes.rerank(assetId, assetType, list);
    }
}
