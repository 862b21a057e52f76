package org.millwright.knowledge.internal.index;

import java.util.List;
import java.util.UUID;

/**
 * A search result. {@code score} is the BM25 score, the kNN similarity in [0, 1], or the RRF score
 * in hybrid mode: comparable within one response only. {@code snippet} marks matched terms with
 * {@code <em>}; the rest of it is HTML-escaped.
 */
public record SearchHit(
        UUID chunkId,
        UUID documentId,
        String title,
        List<String> sectionPath,
        Integer page,
        String language,
        float score,
        String snippet) {}
