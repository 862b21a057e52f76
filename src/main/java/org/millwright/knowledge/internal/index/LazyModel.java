package org.millwright.knowledge.internal.index;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.function.Supplier;

/** Creates a LangChain4j model on first use, once, thread-safely (double-checked locking). */
final class LazyModel {

    private final Supplier<EmbeddingModel> factory;
    private volatile EmbeddingModel model;
    private volatile Integer dimensions;

    LazyModel(Supplier<EmbeddingModel> factory) {
        this.factory = factory;
    }

    EmbeddingModel get() {
        EmbeddingModel m = model;
        if (m == null) {
            synchronized (this) {
                m = model;
                if (m == null) {
                    m = factory.get();
                    model = m;
                }
            }
        }
        return m;
    }

    boolean isLoaded() {
        return model != null;
    }

    int dimensions() {
        Integer d = dimensions;
        if (d == null) {
            d = get().dimension();
            dimensions = d;
        }
        return d;
    }
}
