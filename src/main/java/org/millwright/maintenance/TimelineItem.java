package org.millwright.maintenance;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.millwright.platform.assets.AssetTimeline.Kind;

/** One entry of a machine's timeline, with its time in UTC and in the machine's plant zone. */
public record TimelineItem(
        UUID id,
        UUID assetId,
        Kind kind,
        String action,
        String summary,
        String refType,
        String refId,
        UUID actorId,
        Instant occurredAt,
        OffsetDateTime occurredAtLocal) {}
