package org.millwright.knowledge.internal.parsing;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the normalized full text of an extracted document (PDF, office, HTML) and its blocks:
 * headings and bodies are appended in order, separated by a blank line; each body becomes a
 * {@link Block} whose offsets point into the full text.
 */
final class BlockCollector {

    private final StringBuilder fullText = new StringBuilder();
    private final List<Block> blocks = new ArrayList<>();
    private final HeadingPath path = new HeadingPath();
    private String firstHeading;

    void heading(int level, String title) {
        String clean = TextCleaner.oneLine(title);
        if (!clean.isEmpty()) {
            append(clean);
            path.enter(level, clean);
            if (firstHeading == null) {
                firstHeading = clean;
            }
        }
    }

    /** Replaces the section path, for sections not marked by headings in the text (a slide). */
    void section(List<String> titles) {
        path.reset(titles);
    }

    void body(String text, Integer page) {
        String clean = TextCleaner.clean(text);
        if (!clean.isEmpty()) {
            int start = append(clean);
            blocks.add(new Block(clean, path.titles(), page, null, null, start, start + clean.length()));
        }
    }

    private int append(String text) {
        if (!fullText.isEmpty()) {
            fullText.append("\n\n");
        }
        int start = fullText.length();
        fullText.append(text);
        return start;
    }

    String fullText() {
        return fullText.toString();
    }

    List<Block> blocks() {
        return List.copyOf(blocks);
    }

    /** The first heading's text, if any heading was seen. */
    String firstHeading() {
        return firstHeading;
    }
}
