package org.millwright.assistant.internal.feedback;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.millwright.assistant.internal.AssistantSettings;
import org.millwright.knowledge.RetrievedPassage;
import org.millwright.maintenance.AssetRegistry;
import org.millwright.maintenance.AssetSummary;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What verified fixes add to the next answer about the same machine or machine type: passages they
 * cited rank higher ({@link #rerank}), and the fixes themselves can be shown ({@link #forMachine}).
 * Works in the tenant of {@code TenantContext}.
 */
@Component
public class VerifiedFixBoost {

    /** The most fixes read for one ranking (the newest of the machine, then of its type). */
    static final int FIXES_READ = 200;

    private final VerifiedFixRepository fixes;
    private final AssetRegistry assets;
    private final double boost;

    VerifiedFixBoost(VerifiedFixRepository fixes, AssetRegistry assets, AssistantSettings settings) {
        this.fixes = fixes;
        this.assets = assets;
        this.boost = settings.feedback().verifiedFixBoost();
    }

    /**
     * The passages re-ranked for a question about {@code assetId} (of type {@code assetType}; null
     * looks it up, both null changes nothing): the score of a passage cited by a verified fix of
     * that machine is multiplied by the boost, one cited by a fix of another machine of the same
     * type by half the boost's extra (boost 2: ×1.5); then best first, ties in their former order.
     */
    @Transactional(readOnly = true)
    public List<RetrievedPassage> rerank(UUID assetId, String assetType, List<RetrievedPassage> ranked) {
        if (ranked.isEmpty() || boost <= 1.0 || (assetId == null && assetType == null)) {
            return List.copyOf(ranked);
        }
        String type = typeOf(assetId, assetType);
        Set<UUID> full = new HashSet<>();
        Set<UUID> half = new HashSet<>();
        if (assetId != null) {
            fixes.ofAsset(assetId, PageRequest.of(0, FIXES_READ))
                    .forEach(f -> full.addAll(ChunkIds.split(f.getCitedChunkIds())));
        }
        if (type != null) {
            fixes.ofType(type, PageRequest.of(0, FIXES_READ)).stream()
                    .filter(f -> !f.getAssetId().equals(assetId))
                    .forEach(f -> half.addAll(ChunkIds.split(f.getCitedChunkIds())));
        }
        return rerank(ranked, full, half, boost);
    }

    /**
     * The verified fixes for a question about a machine: its own, newest first, then those of
     * other machines of its type (null looks it up), at most {@code limit} (1 to 50).
     */
    @Transactional(readOnly = true)
    public List<VerifiedFix> forMachine(UUID assetId, String assetType, int limit) {
        int size = Math.clamp(limit, 1, 50);
        String type = typeOf(assetId, assetType);
        List<VerifiedFix> found = new ArrayList<>();
        if (assetId != null) {
            fixes.ofAsset(assetId, PageRequest.of(0, size)).forEach(f -> found.add(f.view()));
        }
        if (type != null && found.size() < size) {
            fixes.ofType(type, PageRequest.of(0, size + found.size())).stream()
                    .filter(f -> !f.getAssetId().equals(assetId))
                    .limit(size - found.size())
                    .forEach(f -> found.add(f.view()));
        }
        return List.copyOf(found);
    }

    /**
     * The ranking with boosts applied: {@code full} chunks × {@code boost}, {@code half} chunks ×
     * (1 + (boost − 1) / 2), a chunk in both × {@code boost}; best first, stable.
     */
    static List<RetrievedPassage> rerank(List<RetrievedPassage> ranked, Set<UUID> full, Set<UUID> half, double boost) {
        if (full.isEmpty() && half.isEmpty()) {
            return List.copyOf(ranked);
        }
        double halfBoost = 1.0 + (boost - 1.0) / 2.0;
        List<RetrievedPassage> boosted = new ArrayList<>(ranked.size());
        for (RetrievedPassage p : ranked) {
            double factor = full.contains(p.chunkId()) ? boost : half.contains(p.chunkId()) ? halfBoost : 1.0;
            boosted.add(factor == 1.0 ? p : withScore(p, (float) (p.score() * factor)));
        }
        boosted.sort(Comparator.comparingDouble(RetrievedPassage::score).reversed());
        return List.copyOf(boosted);
    }

    private String typeOf(UUID assetId, String assetType) {
        if (assetType != null && !assetType.isBlank()) {
            return FeedbackService.typeCode(assetType);
        }
        return assetId == null
                ? null
                : assets.find(assetId).map(AssetSummary::type).orElse(null);
    }

    private static RetrievedPassage withScore(RetrievedPassage p, float score) {
        return new RetrievedPassage(
                p.chunkId(),
                p.documentId(),
                p.kind(),
                p.title(),
                p.sectionPath(),
                p.page(),
                p.lineStart(),
                p.lineEnd(),
                p.language(),
                score,
                p.snippet(),
                p.text(),
                p.imageUrl());
    }
}
