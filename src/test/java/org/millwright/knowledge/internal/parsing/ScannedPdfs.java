package org.millwright.knowledge.internal.parsing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * PDFs like a scanner makes them, built at test time: every page is one image with no text layer.
 * The lines are typeset in a scratch PDF with the Liberation Sans font that PDFBox ships, rendered
 * to a grayscale image and placed as the whole page (no system fonts needed).
 */
public final class ScannedPdfs {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float SCAN_DPI = 150;

    private ScannedPdfs() {}

    /** One image-only page per element; each page holds its lines in large print. */
    @SafeVarargs
    public static byte[] of(List<String>... pages) {
        try (PDDocument scan = new PDDocument()) {
            for (List<String> lines : pages) {
                BufferedImage image = typeset(lines);
                PDPage page = new PDPage(PDRectangle.LETTER);
                scan.addPage(page);
                PDImageXObject xobject = LosslessFactory.createFromImage(scan, image);
                try (var content = new PDPageContentStream(scan, page)) {
                    content.drawImage(xobject, 0, 0, PDRectangle.LETTER.getWidth(), PDRectangle.LETTER.getHeight());
                }
            }
            var out = new ByteArrayOutputStream();
            scan.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage typeset(List<String> lines) throws IOException {
        try (PDDocument scratch = new PDDocument();
                InputStream font = PDDocument.class.getResourceAsStream(FONT)) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            scratch.addPage(page);
            try (var content = new PDPageContentStream(scratch, page)) {
                content.beginText();
                content.setFont(PDType0Font.load(scratch, font, false), 22); // whole font: renders unsaved
                content.setLeading(34);
                content.newLineAtOffset(60, 700);
                for (String line : lines) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
            return new PDFRenderer(scratch).renderImageWithDPI(0, SCAN_DPI, ImageType.GRAY);
        }
    }
}
