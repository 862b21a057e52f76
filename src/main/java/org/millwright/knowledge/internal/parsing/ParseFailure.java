package org.millwright.knowledge.internal.parsing;

import java.util.Locale;
import org.millwright.platform.error.UnprocessableException;

/**
 * A document that cannot be turned into text. The message key is {@code knowledge.parse.<reason>}
 * (lower case) with the file name as argument; {@link #getMessage()} is a human explanation in
 * English for logs and job records.
 */
public class ParseFailure extends UnprocessableException {

    /** Why a document could not be parsed. */
    public enum Reason {
        /** The bytes are not a readable file of the type they claim to be. */
        CORRUPT,
        /** The file is password protected. */
        ENCRYPTED,
        /** A PDF with pages but no text layer: scanned images that need OCR, which is not available. */
        NEEDS_OCR,
        /** A document without any text, not even one that OCR could recognize. */
        NO_TEXT,
        /** OCR of a scanned page failed or ran past its time limit. */
        OCR_FAILED,
        /** More pages than the configured limit. */
        TOO_MANY_PAGES,
        /** A media type the knowledge base does not read. */
        UNSUPPORTED
    }

    private final Reason reason;
    private final String detail;

    public ParseFailure(Reason reason, String fileName, String detail) {
        this(reason, fileName, detail, null);
    }

    public ParseFailure(Reason reason, String fileName, String detail, Throwable cause) {
        super("knowledge.parse." + reason.name().toLowerCase(Locale.ROOT), fileName);
        this.reason = reason;
        this.detail = fileName + ": " + detail;
        if (cause != null) {
            initCause(cause);
        }
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public String getMessage() {
        return reason + " " + detail;
    }
}
