package org.millwright.knowledge.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.millwright.knowledge.bench.PlantCorpus.Doc;

/**
 * Renders a {@link PlantCorpus} document as a PDF with a text layer, as a word processor would
 * export it: Letter pages, Helvetica, wrapped paragraphs, the title in the metadata and a bookmark
 * per section (the parser takes section paths from bookmarks). Tables become one line per row.
 */
final class PlantPdf {

    private static final float MARGIN = 72;
    private static final float SIZE = 10.5f;
    private static final float LEADING = 14;
    private static final float WIDTH = PDRectangle.LETTER.getWidth() - 2 * MARGIN;
    private static final int LINES_PER_PAGE = (int) ((PDRectangle.LETTER.getHeight() - 2 * MARGIN) / LEADING);

    private PlantPdf() {}

    /** A line of the PDF: its text, whether bold, and the section it opens (or null). */
    private record Line(String text, boolean bold, String section) {}

    static byte[] render(Doc doc) {
        try (PDDocument pdf = new PDDocument()) {
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            List<Line> lines = lines(doc, regular, bold);
            PDDocumentOutline outline = new PDDocumentOutline();
            for (int from = 0; from < lines.size(); from += LINES_PER_PAGE) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                pdf.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    content.beginText();
                    content.setLeading(LEADING);
                    content.newLineAtOffset(MARGIN, PDRectangle.LETTER.getHeight() - MARGIN);
                    for (Line line : lines.subList(from, Math.min(lines.size(), from + LINES_PER_PAGE))) {
                        content.setFont(line.bold() ? bold : regular, SIZE);
                        content.showText(line.text());
                        content.newLine();
                        if (line.section() != null) {
                            PDOutlineItem item = new PDOutlineItem();
                            item.setTitle(line.section());
                            item.setDestination(page);
                            outline.addLast(item);
                        }
                    }
                    content.endText();
                }
            }
            pdf.getDocumentCatalog().setDocumentOutline(outline);
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(doc.title());
            pdf.setDocumentInformation(info);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Line> lines(Doc doc, PDType1Font regular, PDType1Font bold) throws IOException {
        List<Line> lines = new ArrayList<>();
        for (String block : doc.markdown().split("\n\n")) {
            if (block.startsWith("# ")) {
                lines.add(new Line(printable(block.substring(2), bold), true, null));
            } else if (block.startsWith("## ")) {
                String heading = printable(block.substring(3), bold);
                lines.add(new Line("", false, null));
                lines.add(new Line(heading, true, heading));
            } else {
                for (String raw : block.split("\n")) {
                    if (raw.startsWith("|---")) {
                        continue;
                    }
                    String text = raw.startsWith("| ")
                            ? String.join(
                                    " — ", raw.substring(2, raw.length() - 2).split(" \\| "))
                            : raw.replace("**", "");
                    wrap(printable(text, regular), regular, lines);
                }
            }
            lines.add(new Line("", false, null));
        }
        return lines;
    }

    private static void wrap(String text, PDType1Font font, List<Line> out) throws IOException {
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * SIZE > WIDTH) {
                out.add(new Line(line.toString(), false, null));
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        if (!line.isEmpty()) {
            out.add(new Line(line.toString(), false, null));
        }
    }

    /** The text with characters the standard font cannot show replaced. */
    private static String printable(String text, PDType1Font font) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            String s = Character.toString(c);
            if (c == '≤') {
                out.append("<=");
                return;
            }
            try {
                font.encode(s);
                out.append(s);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
