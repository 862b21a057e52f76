package org.millwright.knowledge.internal.index;

import java.util.List;

/**
 * Turns texts into embedding vectors. Implementations return unit-length (L2-normalised) vectors,
 * so a dot product is the cosine similarity, and embed in batches.
 */
public interface EmbeddingProvider {

    /** A stable identifier of the model, stored with every indexed chunk to detect a model change. */
    String modelId();

    /** The vector length; may load the model on first call. */
    int dimensions();

    /** One normalised vector per text, in the order of {@code texts}. */
    List<float[]> embed(List<String> texts);

    /** Convenience for a single text, e.g. a query. */
    default float[] embed(String text) {
        return embed(List.of(text)).getFirst();
    }
}
