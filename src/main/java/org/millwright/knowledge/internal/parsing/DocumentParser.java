package org.millwright.knowledge.internal.parsing;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.millwright.knowledge.internal.parsing.ParseFailure.Reason;
import org.millwright.knowledge.internal.parsing.PlainTextExtractor.Flavor;

/**
 * Bytes of an uploaded file → {@link ParsedDocument}: detects the media type with Tika (content
 * first, then the file name and the declared type as hints) and reads PDF per page with PDFBox,
 * TXT/Markdown/CSV line by line, and DOCX/XLSX/PPTX/HTML with Tika. Scanned PDF pages are read
 * with {@link Ocr} when it is available. Anything else fails with {@link Reason#UNSUPPORTED}.
 * Thread-safe.
 */
public class DocumentParser {

    public static final int DEFAULT_MAX_PAGES = 2_000;

    static final String PDF = "application/pdf";
    static final String MARKDOWN = "text/markdown";
    static final String CSV = "text/csv";
    static final String TEXT = "text/plain";

    private static final Map<String, String> TIKA_TYPES = Map.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation", "PPTX",
            "text/html", "HTML",
            "application/xhtml+xml", "HTML");

    private final Detector detector = TikaConfig.getDefaultConfig().getDetector();
    private final PdfExtractor pdf;
    private final TikaExtractor tika;

    /** A parser without OCR: scanned PDFs fail with {@link Reason#NEEDS_OCR}. */
    public DocumentParser() {
        this(DEFAULT_MAX_PAGES);
    }

    /** A parser without OCR: scanned PDFs fail with {@link Reason#NEEDS_OCR}. */
    public DocumentParser(int maxPages) {
        this(maxPages, Ocr.off());
    }

    public DocumentParser(int maxPages, Ocr ocr) {
        if (maxPages < 1) {
            throw new IllegalArgumentException("maxPages must be positive: " + maxPages);
        }
        this.pdf = new PdfExtractor(maxPages, ocr);
        this.tika = new TikaExtractor(maxPages);
    }

    /**
     * @param declaredContentType the type the uploader claimed, or null; a hint only
     * @throws ParseFailure when the file cannot be read as text
     */
    public ParsedDocument parse(byte[] bytes, String fileName, String declaredContentType) {
        return parse(bytes, fileName, declaredContentType, Ocr.Progress.NONE);
    }

    /**
     * @param declaredContentType the type the uploader claimed, or null; a hint only
     * @param ocrProgress told of the pages read by OCR, if any
     * @throws ParseFailure when the file cannot be read as text
     */
    public ParsedDocument parse(byte[] bytes, String fileName, String declaredContentType, Ocr.Progress ocrProgress) {
        String name = fileName == null || fileName.isBlank() ? "document" : fileName.strip();
        if (bytes == null || bytes.length == 0) {
            throw new ParseFailure(Reason.CORRUPT, name, "the file is empty");
        }
        String type = detect(bytes, name, declaredContentType);
        ParsedDocument parsed = switch (type) {
            case PDF -> pdf.extract(bytes, name, ocrProgress);
            case MARKDOWN -> PlainTextExtractor.extract(TextCleaner.decode(bytes), Flavor.MARKDOWN, type);
            case CSV -> PlainTextExtractor.extract(TextCleaner.decode(bytes), Flavor.CSV, type);
            case TEXT -> PlainTextExtractor.extract(TextCleaner.decode(bytes), Flavor.TEXT, type);
            default -> {
                if (type.equals("application/x-tika-ooxml-protected")) {
                    throw new ParseFailure(Reason.ENCRYPTED, name, "the file is password protected");
                }
                if (!TIKA_TYPES.containsKey(type)) {
                    throw new ParseFailure(Reason.UNSUPPORTED, name, "cannot read files of type " + type);
                }
                yield tika.extract(bytes, name, type);
            }
        };
        String title = parsed.title() == null || parsed.title().isBlank() ? stem(name) : parsed.title();
        return new ParsedDocument(
                title,
                parsed.detectedMediaType(),
                LanguageGuess.of(parsed.fullText()),
                parsed.fullText(),
                parsed.blocks(),
                parsed.ocrPages());
    }

    /** The base media type (no parameters), with Markdown and plain text told apart by name. */
    String detect(byte[] bytes, String name, String declaredContentType) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        if (declaredContentType != null && !declaredContentType.isBlank()) {
            metadata.set(Metadata.CONTENT_TYPE, declaredContentType);
        }
        String type;
        try (TikaInputStream stream = TikaInputStream.get(bytes)) {
            type = detector.detect(stream, metadata).getBaseType().toString();
        } catch (IOException e) {
            throw new ParseFailure(Reason.CORRUPT, name, "cannot read the file", e);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (type.equals("text/x-web-markdown") || type.startsWith("text/") && lower.matches(".*\\.(md|markdown)$")) {
            return MARKDOWN;
        }
        if (type.equals("text/plain") && lower.endsWith(".csv")) {
            return CSV;
        }
        boolean otherText = type.startsWith("text/") && !type.equals(CSV) && !TIKA_TYPES.containsKey(type);
        return otherText ? TEXT : type; // logs, source code and the like are read as plain text
    }

    private static String stem(String name) {
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }
}
