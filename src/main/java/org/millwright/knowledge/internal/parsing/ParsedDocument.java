package org.millwright.knowledge.internal.parsing;

import java.util.List;

/**
 * A document turned into located text.
 *
 * @param title the document's own title (metadata, front matter or first heading), else the file
 *     name without extension
 * @param detectedMediaType the media type the parser used, e.g. {@code application/pdf}
 * @param language {@code "es"} or {@code "en"}, guessed from the text (see {@link LanguageGuess})
 * @param fullText the normalized full text that the blocks' offsets point into
 * @param blocks the text in document order
 * @param ocrPages how many pages were read by text recognition (OCR) because they had no text layer
 */
public record ParsedDocument(
        String title, String detectedMediaType, String language, String fullText, List<Block> blocks, int ocrPages) {

    public ParsedDocument {
        blocks = List.copyOf(blocks);
    }

    /** A document read without OCR. */
    public ParsedDocument(
            String title, String detectedMediaType, String language, String fullText, List<Block> blocks) {
        this(title, detectedMediaType, language, fullText, blocks, 0);
    }

    /** The same document with the language set by the caller (who may know better). */
    public ParsedDocument withLanguage(String language) {
        return new ParsedDocument(title, detectedMediaType, language, fullText, blocks, ocrPages);
    }
}
