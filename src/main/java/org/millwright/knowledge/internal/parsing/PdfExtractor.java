package org.millwright.knowledge.internal.parsing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.millwright.knowledge.internal.parsing.ParseFailure.Reason;

/**
 * Per-page PDF text with PDFBox, so that every block carries its 1-based page. Section paths come
 * from the document outline (bookmarks) when it has one ({@link PdfOutline}); there is no
 * font-size heading detection. A page with fewer than {@value #MIN_CHARS_PER_PAGE} non-blank
 * characters has no usable text layer (a scan): when {@link Ocr} is available such pages, and only
 * those, are recognized from their rendering, keeping their page numbers. Without OCR, a PDF with
 * such pages whose pages hold on average fewer than {@value #MIN_CHARS_PER_PAGE} characters fails
 * with {@link Reason#NEEDS_OCR} (a mostly text PDF is read without its scanned pages); a PDF with
 * no text at all (even after OCR) fails with {@link Reason#NO_TEXT}. Pages without any content
 * (blank) are never sent to OCR.
 */
final class PdfExtractor {

    static final int MIN_CHARS_PER_PAGE = 10;

    private final int maxPages;
    private final Ocr ocr;

    PdfExtractor(int maxPages, Ocr ocr) {
        this.maxPages = maxPages;
        this.ocr = ocr;
    }

    ParsedDocument extract(byte[] bytes, String fileName, Ocr.Progress progress) {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            int pages = pdf.getNumberOfPages();
            if (pages == 0) {
                throw new ParseFailure(Reason.CORRUPT, fileName, "the PDF has no pages");
            }
            if (pages > maxPages) {
                throw new ParseFailure(
                        Reason.TOO_MANY_PAGES, fileName, pages + " pages, more than the limit of " + maxPages);
            }
            List<String> texts = pageTexts(pdf);
            List<Integer> scanned = withoutText(pdf, texts);
            int recognized =
                    !scanned.isEmpty() && ocr.available() ? recognize(pdf, scanned, texts, fileName, progress) : 0;
            long visible = texts.stream().mapToLong(PdfExtractor::visible).sum();
            if (recognized < scanned.size() && visible < (long) MIN_CHARS_PER_PAGE * pages) {
                throw new ParseFailure(
                        Reason.NEEDS_OCR,
                        fileName,
                        pages + " pages but almost no text: scanned pages need OCR, and " + ocr.unavailableReason());
            }
            if (visible < MIN_CHARS_PER_PAGE) {
                throw new ParseFailure(
                        Reason.NO_TEXT,
                        fileName,
                        recognized == 0
                                ? "no text and nothing drawn on its " + pages + " pages"
                                : "no text found, not even by OCR of " + recognized + " pages");
            }
            PdfOutline outline = PdfOutline.of(pdf);
            BlockCollector collector = new BlockCollector();
            for (int page = 1; page <= pages; page++) {
                outline.sectionAt(page).ifPresent(collector::section);
                collector.body(texts.get(page - 1), page);
            }
            String title = pdf.getDocumentInformation().getTitle();
            return new ParsedDocument(
                    title == null || title.isBlank() ? null : title.strip(),
                    "application/pdf",
                    null,
                    collector.fullText(),
                    collector.blocks(),
                    recognized);
        } catch (InvalidPasswordException e) {
            throw new ParseFailure(Reason.ENCRYPTED, fileName, "the PDF is password protected", e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ParseFailure failure) {
                throw failure;
            }
            throw new ParseFailure(Reason.CORRUPT, fileName, "not a readable PDF", e);
        }
    }

    private static List<String> pageTexts(PDDocument pdf) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setLineSeparator("\n");
        List<String> texts = new ArrayList<>(pdf.getNumberOfPages());
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            texts.add(stripper.getText(pdf));
        }
        return texts;
    }

    /** 0-based indexes of the pages that draw something but have (almost) no text layer. */
    private static List<Integer> withoutText(PDDocument pdf, List<String> texts) {
        List<Integer> scanned = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            if (visible(texts.get(i)) < MIN_CHARS_PER_PAGE && pdf.getPage(i).hasContents()) {
                scanned.add(i);
            }
        }
        return scanned;
    }

    /** Replaces the text of the scanned pages by their OCR text; returns how many were recognized. */
    private int recognize(
            PDDocument pdf, List<Integer> scanned, List<String> texts, String fileName, Ocr.Progress progress)
            throws IOException {
        Path work = Files.createTempDirectory("millwright-ocr");
        try {
            PDFRenderer renderer = new PDFRenderer(pdf);
            progress.pages(0, scanned.size());
            for (int done = 0; done < scanned.size(); done++) {
                int index = scanned.get(done);
                String text = ocr.pageText(renderer, index, work);
                if (visible(text) > visible(texts.get(index))) {
                    texts.set(index, text);
                }
                progress.pages(done + 1, scanned.size());
            }
            return scanned.size();
        } catch (Ocr.Failure e) {
            throw new ParseFailure(Reason.OCR_FAILED, fileName, e.getMessage(), e);
        } finally {
            deleteTree(work);
        }
    }

    private static long visible(String text) {
        return text.codePoints().filter(c -> !Character.isWhitespace(c)).count();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
