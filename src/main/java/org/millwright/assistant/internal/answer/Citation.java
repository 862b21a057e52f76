package org.millwright.assistant.internal.answer;

import java.util.List;
import java.util.UUID;
import org.millwright.knowledge.RetrievedPassage;

/**
 * A source of an answer, cited in its text as {@code [n]}: the passage's document, chunk, title,
 * section, page and lines, a snippet and its kind ({@code document}, {@code note}, {@code image}).
 */
public record Citation(
        int n,
        UUID documentId,
        UUID chunkId,
        String title,
        List<String> sectionPath,
        Integer page,
        Integer lineStart,
        Integer lineEnd,
        String snippet,
        String kind) {

    static Citation of(int n, RetrievedPassage p) {
        return new Citation(
                n,
                p.documentId(),
                p.chunkId(),
                p.title(),
                p.sectionPath() == null ? List.of() : p.sectionPath(),
                p.page(),
                p.lineStart(),
                p.lineEnd(),
                p.snippet(),
                p.kind());
    }
}
