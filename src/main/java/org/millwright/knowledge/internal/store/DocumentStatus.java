package org.millwright.knowledge.internal.store;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a document stands: queued, being indexed, searchable, or refused with a reason. */
public enum DocumentStatus {
    PENDING,
    PROCESSING,
    INDEXED,
    FAILED,
    NEEDS_OCR;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
