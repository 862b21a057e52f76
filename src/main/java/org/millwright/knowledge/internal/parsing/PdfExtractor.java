package org.millwright.knowledge.internal.parsing;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.millwright.knowledge.internal.parsing.ParseFailure.Reason;

/**
 * Per-page PDF text with PDFBox, so that every block carries its 1-based page. Section paths come
 * from the document outline (bookmarks) when it has one ({@link PdfOutline}); there is no
 * font-size heading detection. A PDF whose pages hold on average fewer than {@value
 * #MIN_CHARS_PER_PAGE} non-blank characters has no usable text layer and fails with {@link
 * Reason#NEEDS_OCR}.
 */
final class PdfExtractor {

    static final int MIN_CHARS_PER_PAGE = 10;

    private final int maxPages;

    PdfExtractor(int maxPages) {
        this.maxPages = maxPages;
    }

    ParsedDocument extract(byte[] bytes, String fileName) {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            int pages = pdf.getNumberOfPages();
            if (pages == 0) {
                throw new ParseFailure(Reason.CORRUPT, fileName, "the PDF has no pages");
            }
            if (pages > maxPages) {
                throw new ParseFailure(
                        Reason.TOO_MANY_PAGES, fileName, pages + " pages, more than the limit of " + maxPages);
            }
            PdfOutline outline = PdfOutline.of(pdf);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            BlockCollector collector = new BlockCollector();
            long visible = 0;
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(pdf);
                visible += text.codePoints()
                        .filter(c -> !Character.isWhitespace(c))
                        .count();
                outline.sectionAt(page).ifPresent(collector::section);
                collector.body(text, page);
            }
            if (visible < (long) MIN_CHARS_PER_PAGE * pages) {
                throw new ParseFailure(
                        Reason.NEEDS_OCR, fileName, pages + " pages but almost no text: scanned pages need OCR");
            }
            String title = pdf.getDocumentInformation().getTitle();
            return new ParsedDocument(
                    title == null || title.isBlank() ? null : title.strip(),
                    "application/pdf",
                    null,
                    collector.fullText(),
                    collector.blocks());
        } catch (InvalidPasswordException e) {
            throw new ParseFailure(Reason.ENCRYPTED, fileName, "the PDF is password protected", e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ParseFailure failure) {
                throw failure;
            }
            throw new ParseFailure(Reason.CORRUPT, fileName, "not a readable PDF", e);
        }
    }
}
