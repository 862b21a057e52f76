package org.millwright.maintenance.internal.parts;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import org.millwright.maintenance.PartSummary;

/** A part in full: its summary (with stock at the caller's sites), times and version. */
public record PartView(@JsonUnwrapped PartSummary part, Instant createdAt, Instant updatedAt, long version) {

    static PartView of(SparePart p, PartSummary summary) {
        return new PartView(summary, p.getCreatedAt(), p.getUpdatedAt(), p.getVersion());
    }
}
