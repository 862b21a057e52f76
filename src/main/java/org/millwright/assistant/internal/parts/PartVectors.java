package org.millwright.assistant.internal.parts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.millwright.assistant.internal.AssistantSettings;
import org.millwright.knowledge.KnowledgeRetrieval;
import org.millwright.maintenance.CataloguedPart;
import org.springframework.stereotype.Component;

/**
 * Vectors of catalogue parts, kept in memory so a question does not embed the catalogue again: a
 * bounded least-recently-used cache keyed by tenant, part, the part's version and the embedding
 * model, so an edited part or a new model gets a fresh vector.
 */
@Component
class PartVectors {

    /** Parts embedded per call to the model. */
    static final int BATCH = 64;

    private record Key(UUID tenantId, UUID partId, long version, String model) {}

    private final KnowledgeRetrieval knowledge;
    private final Map<Key, float[]> cache;

    PartVectors(KnowledgeRetrieval knowledge, AssistantSettings settings) {
        this.knowledge = knowledge;
        int capacity = settings.feedback().partVectorCache();
        this.cache = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, float[]> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The vectors of these parts of {@code tenantId}, embedding only those not cached. */
    Map<UUID, float[]> of(UUID tenantId, List<CataloguedPart> parts) {
        String model = knowledge.embeddingModel();
        Map<UUID, float[]> vectors = new HashMap<>();
        List<CataloguedPart> missing = new ArrayList<>();
        synchronized (cache) {
            for (CataloguedPart p : parts) {
                float[] v = cache.get(new Key(tenantId, p.id(), p.version(), model));
                if (v == null) {
                    missing.add(p);
                } else {
                    vectors.put(p.id(), v);
                }
            }
        }
        for (int from = 0; from < missing.size(); from += BATCH) {
            List<CataloguedPart> batch = missing.subList(from, Math.min(missing.size(), from + BATCH));
            List<float[]> embedded =
                    knowledge.embed(batch.stream().map(PartText::of).toList());
            synchronized (cache) {
                for (int i = 0; i < batch.size(); i++) {
                    CataloguedPart p = batch.get(i);
                    cache.put(new Key(tenantId, p.id(), p.version(), model), embedded.get(i));
                    vectors.put(p.id(), embedded.get(i));
                }
            }
        }
        return vectors;
    }

    /** How many vectors are cached (for tests). */
    int size() {
        synchronized (cache) {
            return cache.size();
        }
    }
}
