package org.millwright.knowledge.internal.parsing;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns Tika's XHTML events into blocks: {@code h1}–{@code h6} make the section path (DOCX
 * heading styles, HTML headings, XLSX sheet names); each PPTX slide ({@code div.slide-content})
 * starts a section "Slide n"; the text between two of these is one block. Paragraph-like elements
 * end with a blank line, rows and list items with a line end, table cells with " | ". Text in
 * {@code head}, {@code script} and {@code style} is dropped, and so is Tika's ignorable whitespace
 * (the line ends it adds after block elements).
 */
final class StructureHandler extends DefaultHandler {

    private static final Set<String> PARAGRAPHS =
            Set.of("p", "div", "table", "ul", "ol", "pre", "blockquote", "section", "article", "dl");
    private static final Set<String> LINES = Set.of("li", "tr", "br", "dt", "dd", "caption");
    private static final Set<String> CELLS = Set.of("td", "th");
    private static final Set<String> SKIPPED = Set.of("head", "script", "style", "title");

    private final BlockCollector collector = new BlockCollector();
    private final StringBuilder body = new StringBuilder();
    private final StringBuilder heading = new StringBuilder();
    private int headingLevel;
    private int skipped;
    private int slides;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        String name = name(localName, qName);
        if (SKIPPED.contains(name)) {
            skipped++;
        } else if (level(name) > 0) {
            flush();
            headingLevel = level(name);
            heading.setLength(0);
        } else if (name.equals("div") && "slide-content".equals(attributes.getValue("class"))) {
            flush();
            slides++;
            collector.section(List.of("Slide " + slides));
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = name(localName, qName);
        if (SKIPPED.contains(name)) {
            skipped = Math.max(0, skipped - 1);
        } else if (level(name) > 0 && headingLevel > 0) {
            collector.heading(headingLevel, heading.toString());
            headingLevel = 0;
        } else if (PARAGRAPHS.contains(name)) {
            body.append("\n\n");
        } else if (LINES.contains(name)) {
            body.append('\n');
        } else if (CELLS.contains(name)) {
            body.append(" | ");
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (skipped > 0) {
            return;
        }
        (headingLevel > 0 ? heading : body).append(ch, start, length);
    }

    @Override
    public void endDocument() {
        flush();
    }

    private void flush() {
        collector.body(body.toString().replaceAll(" \\| *(?=\\n|$)", ""), null);
        body.setLength(0);
    }

    BlockCollector collector() {
        return collector;
    }

    int slides() {
        return slides;
    }

    private static String name(String localName, String qName) {
        String name = localName == null || localName.isEmpty() ? qName : localName;
        return name.toLowerCase(Locale.ROOT);
    }

    private static int level(String name) {
        return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6'
                ? name.charAt(1) - '0'
                : 0;
    }
}
