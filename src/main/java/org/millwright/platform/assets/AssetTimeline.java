package org.millwright.platform.assets;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Writes to a machine's timeline (implemented by the maintenance module). Modules that may depend
 * on maintenance call its {@code TimelineFacade}, which is this port; the knowledge module, which
 * may not, calls this port directly.
 */
public interface AssetTimeline {

    /**
     * Adds an entry to the timeline of a machine of the tenant in context. An entry with a dedup
     * key that is already there is ignored, so a redelivered event writes once.
     */
    void record(Entry entry);

    /** What happened to a machine, as another module tells it. */
    enum Kind {
        WORK_ORDER,
        REQUEST,
        ALARM,
        PREDICTION,
        NOTE,
        CONVERSATION,
        FEEDBACK,
        METER,
        HISTORY
    }

    /**
     * One entry.
     *
     * @param action what happened, a short lower-case verb such as {@code created} or {@code raised}
     * @param summary the line shown on the timeline, in the language it was written in
     * @param refType what the entry points to, such as {@code work-order} or {@code alarm}
     * @param refId the id of that object
     * @param actorId the user who did it; null for the system
     * @param dedupKey a key unique per tenant, such as {@code work-order:<id>:completed}; null to always write
     */
    record Entry(
            UUID assetId,
            Kind kind,
            String action,
            String summary,
            String refType,
            String refId,
            Instant occurredAt,
            UUID actorId,
            String dedupKey) {

        public Entry {
            Objects.requireNonNull(assetId, "assetId");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }
    }
}
