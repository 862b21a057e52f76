package org.millwright.knowledge;

import java.util.List;
import java.util.UUID;

/**
 * A ranked passage with what a citation needs. {@code kind} is document, note or image; for an
 * image, {@code title} is its caption and {@code imageUrl} the API path of its bytes (else null).
 * {@code score} is comparable within one retrieval only. {@code snippet} marks matched terms with
 * {@code <em>}; the rest of it is HTML-escaped. {@code text} is the whole chunk.
 */
public record RetrievedPassage(
        UUID chunkId,
        UUID documentId,
        String kind,
        String title,
        List<String> sectionPath,
        Integer page,
        Integer lineStart,
        Integer lineEnd,
        String language,
        float score,
        String snippet,
        String text,
        String imageUrl) {}
