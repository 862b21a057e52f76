package org.millwright.knowledge;

import java.util.List;

/**
 * Hybrid retrieval over the knowledge base of the tenant in context, for the assistant: the same
 * ranking as {@code GET /api/v1/knowledge/search}, with the citation data of each passage.
 */
public interface KnowledgeRetrieval {

    /** The best passages for the query, best first (at most {@link RetrievalQuery#k()}). */
    List<RetrievedPassage> retrieve(RetrievalQuery query);

    /**
     * Unit-length vectors of {@code texts} by the knowledge base's embedding model (a dot product is
     * the cosine similarity), for semantic matching outside the index, e.g. of spare parts.
     */
    List<float[]> embed(List<String> texts);

    /** The embedding model's stable id: vectors of different ids must not be compared. */
    String embeddingModel();
}
