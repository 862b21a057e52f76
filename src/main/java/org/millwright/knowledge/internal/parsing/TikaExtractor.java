package org.millwright.knowledge.internal.parsing;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.millwright.knowledge.internal.parsing.ParseFailure.Reason;

/**
 * DOCX, XLSX, PPTX and HTML through Apache Tika, keeping headings, sheets and slides as sections
 * ({@link StructureHandler}). Embedded documents (images, attachments) are not parsed. A PPTX with
 * more slides than the page limit fails with {@link Reason#TOO_MANY_PAGES}.
 */
final class TikaExtractor {

    private final AutoDetectParser parser = new AutoDetectParser();
    private final int maxPages;

    TikaExtractor(int maxPages) {
        this.maxPages = maxPages;
    }

    ParsedDocument extract(byte[] bytes, String fileName, String mediaType) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        metadata.set(Metadata.CONTENT_TYPE, mediaType);
        StructureHandler handler = new StructureHandler();
        try (TikaInputStream stream = TikaInputStream.get(bytes)) {
            parser.parse(stream, handler, metadata, new ParseContext());
        } catch (EncryptedDocumentException e) {
            throw new ParseFailure(Reason.ENCRYPTED, fileName, "the file is password protected", e);
        } catch (Exception e) {
            if (isEncrypted(e)) {
                throw new ParseFailure(Reason.ENCRYPTED, fileName, "the file is password protected", e);
            }
            throw new ParseFailure(Reason.CORRUPT, fileName, "not a readable " + mediaType + " file", e);
        }
        if (handler.slides() > maxPages) {
            throw new ParseFailure(
                    Reason.TOO_MANY_PAGES, fileName, handler.slides() + " slides, more than the limit of " + maxPages);
        }
        String title = metadata.get(TikaCoreProperties.TITLE);
        if (title == null || title.isBlank()) {
            title = handler.collector().firstHeading();
        }
        BlockCollector collector = handler.collector();
        return new ParsedDocument(
                title == null ? null : TextCleaner.oneLine(title),
                mediaType,
                null,
                collector.fullText(),
                collector.blocks());
    }

    /** POI throws its own EncryptedDocumentException, sometimes wrapped. */
    private static boolean isEncrypted(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().equals("EncryptedDocumentException")) {
                return true;
            }
        }
        return false;
    }
}
