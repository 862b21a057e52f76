package org.millwright.knowledge.internal.parsing;

import java.util.List;

/**
 * A piece of a document ready to be embedded and indexed, before it has an id. The text is
 * exactly {@code fullText.substring(charStart, charEnd)}; nothing (title, section) is prefixed.
 *
 * @param ordinal the 0-based position of this chunk in its document
 */
public record ChunkDraft(
        String text,
        List<String> sectionPath,
        Integer page,
        Integer lineStart,
        Integer lineEnd,
        int charStart,
        int charEnd,
        int ordinal) {

    public ChunkDraft {
        sectionPath = List.copyOf(sectionPath);
    }
}
