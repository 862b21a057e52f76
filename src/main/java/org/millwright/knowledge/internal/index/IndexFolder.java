package org.millwright.knowledge.internal.index;

import java.util.Optional;
import java.util.Set;

/**
 * What an index folder holds according to its last commit: whether there is an index at all, its
 * live chunks, its field layout (null when written before layouts were recorded) and the embedding
 * models of its vectors.
 */
public record IndexFolder(boolean exists, long chunks, String layout, Set<String> models) {

    public static final IndexFolder MISSING = new IndexFolder(false, 0, null, Set.of());

    public IndexFolder {
        models = Set.copyOf(models);
    }

    /** Why the index must be rebuilt from the database to serve {@code model}; empty when it need not. */
    public Optional<String> staleFor(String model) {
        if (!exists || chunks == 0) {
            return Optional.of("the index is missing or empty");
        }
        if (!LuceneKnowledgeIndex.LAYOUT.equals(layout)) {
            return Optional.of("the index was written in an older layout");
        }
        if (models.stream().anyMatch(m -> !m.equals(model))) {
            return Optional.of("the index holds vectors of " + String.join(", ", models) + ", not only of " + model);
        }
        return Optional.empty();
    }
}
