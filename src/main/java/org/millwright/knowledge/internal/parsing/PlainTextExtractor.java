package org.millwright.knowledge.internal.parsing;

import java.util.ArrayList;
import java.util.List;
import org.millwright.knowledge.internal.parsing.HeadingRules.Heading;

/**
 * Text, Markdown and CSV read line by line, without Tika, so line numbers stay exact: the full
 * text is the decoded file with {@code \n} line ends. Each run of lines between two headings is
 * one block (its heading lines are in the section path, not in the block). In Markdown, headings
 * inside fenced code are text; HTML comments and a leading front matter are skipped (its {@code
 * title:} is used when there is no level-1 heading). CSV has no headings.
 */
final class PlainTextExtractor {

    enum Flavor {
        TEXT,
        MARKDOWN,
        CSV
    }

    private final Flavor flavor;
    private final String[] lines;
    private final int[] starts;
    private final String fullText;
    private final HeadingPath path = new HeadingPath();
    private final List<Block> blocks = new ArrayList<>();
    private int first = -1;
    private int last = -1;
    private String title;
    private String frontMatterTitle;

    private PlainTextExtractor(Flavor flavor, String text) {
        this.flavor = flavor;
        this.fullText = TextCleaner.normalizeLines(text);
        this.lines = fullText.split("\n", -1);
        this.starts = new int[lines.length];
        for (int i = 1; i < lines.length; i++) {
            starts[i] = starts[i - 1] + lines[i - 1].length() + 1;
        }
    }

    static ParsedDocument extract(String text, Flavor flavor, String mediaType) {
        PlainTextExtractor extractor = new PlainTextExtractor(flavor, text);
        extractor.run();
        String title = extractor.title != null ? extractor.title : extractor.frontMatterTitle;
        return new ParsedDocument(title, mediaType, null, extractor.fullText, extractor.blocks);
    }

    private void run() {
        boolean markdown = flavor == Flavor.MARKDOWN;
        boolean inFence = false;
        boolean inComment = false;
        boolean afterBreak = true; // start, blank line or heading: where a setext heading may begin
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String stripped = line.strip();
            if (markdown && (inComment || !inFence && stripped.startsWith("<!--"))) {
                flush();
                inComment = !stripped.contains("-->");
                afterBreak = true;
                continue;
            }
            if (markdown && stripped.equals("---") && first < 0 && blocks.isEmpty() && title == null) {
                i = skipFrontMatter(i);
                afterBreak = true;
                continue;
            }
            if (markdown && (stripped.startsWith("```") || stripped.startsWith("~~~"))) {
                inFence = !inFence;
            }
            Heading heading = inFence || flavor == Flavor.CSV ? null : heading(i, afterBreak);
            if (heading != null) {
                flush();
                path.enter(heading.level(), heading.title());
                if (title == null && heading.level() == 1 && markdown) {
                    title = heading.title();
                }
                if (markdown && HeadingRules.atx(line) == null && setextLevel(i, afterBreak) > 0) {
                    i++; // the setext underline
                }
                afterBreak = true;
                continue;
            }
            afterBreak = stripped.isEmpty();
            if (!stripped.isEmpty()) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        flush();
    }

    private Heading heading(int i, boolean afterBreak) {
        if (flavor == Flavor.TEXT) {
            return HeadingRules.plainHeading(lines[i]);
        }
        Heading atx = HeadingRules.atx(lines[i]);
        if (atx != null) {
            return atx;
        }
        int setext = setextLevel(i, afterBreak);
        return setext > 0 ? new Heading(setext, lines[i].strip()) : HeadingRules.boldHeading(lines[i]);
    }

    /** The level of a setext heading on line i (underlined by the next line), else 0. */
    private int setextLevel(int i, boolean afterBreak) {
        boolean text = !lines[i].isBlank() && HeadingRules.setextLevel(lines[i]) == 0;
        return afterBreak && text && i + 1 < lines.length ? HeadingRules.setextLevel(lines[i + 1]) : 0;
    }

    private int skipFrontMatter(int open) {
        for (int i = open + 1; i < lines.length; i++) {
            String stripped = lines[i].strip();
            if (stripped.equals("---") || stripped.equals("...")) {
                return i;
            }
            if (stripped.startsWith("title:")) {
                frontMatterTitle = stripped.substring(6).strip().replaceAll("^[\"']|[\"']$", "");
            }
        }
        frontMatterTitle = null; // no closing line: it was text, not front matter
        first = open;
        last = open;
        return open;
    }

    private void flush() {
        if (first < 0) {
            return;
        }
        int start = starts[first];
        int end = starts[last] + lines[last].length();
        while (Character.isWhitespace(fullText.charAt(start))) {
            start++;
        }
        while (Character.isWhitespace(fullText.charAt(end - 1))) {
            end--;
        }
        blocks.add(new Block(fullText.substring(start, end), path.titles(), null, first + 1, last + 1, start, end));
        first = -1;
        last = -1;
    }
}
