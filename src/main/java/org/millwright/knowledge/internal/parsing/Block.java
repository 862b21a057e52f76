package org.millwright.knowledge.internal.parsing;

import java.util.List;
import java.util.Objects;

/**
 * A contiguous piece of a document's text with where it came from. {@code text} equals {@code
 * fullText.substring(charStart, charEnd)} of the {@link ParsedDocument} it belongs to.
 *
 * @param text the body text (headings are in {@code sectionPath}, not here)
 * @param sectionPath the headings above this text, outermost first; empty when unknown
 * @param page the 1-based PDF page, or null for formats without pages
 * @param lineStart the first 1-based source line (TXT, Markdown, CSV), or null
 * @param lineEnd the last 1-based source line (TXT, Markdown, CSV), or null
 * @param charStart offset of the first character in the document's normalized full text
 * @param charEnd offset after the last character in the document's normalized full text
 */
public record Block(
        String text,
        List<String> sectionPath,
        Integer page,
        Integer lineStart,
        Integer lineEnd,
        int charStart,
        int charEnd) {

    public Block {
        Objects.requireNonNull(text, "text");
        sectionPath = List.copyOf(sectionPath);
        if (charEnd - charStart != text.length()) {
            throw new IllegalArgumentException("offsets " + charStart + ".." + charEnd + " do not match the text");
        }
        if ((lineStart == null) != (lineEnd == null)) {
            throw new IllegalArgumentException("line range needs both ends");
        }
    }
}
