package org.millwright.maintenance.internal.timeline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.millwright.maintenance.TimelineItem;
import org.millwright.platform.assets.AssetTimeline.Entry;
import org.millwright.platform.assets.AssetTimeline.Kind;
import org.millwright.platform.tenancy.TenantScoped;

/** One stored entry of a machine's timeline. */
@Entity
@Table(name = "asset_timeline")
class TimelineRecord extends TenantScoped {

    static final int SUMMARY_LENGTH = 500;

    @Column(name = "asset_id", nullable = false, updatable = false)
    private UUID assetId;

    @Column(name = "site_id", nullable = false, updatable = false)
    private UUID siteId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Kind kind;

    @Column(nullable = false, length = 40, updatable = false)
    private String action;

    @Column(length = SUMMARY_LENGTH, updatable = false)
    private String summary;

    @Column(name = "ref_type", length = 40, updatable = false)
    private String refType;

    @Column(name = "ref_id", length = 64, updatable = false)
    private String refId;

    @Column(name = "actor_id", updatable = false)
    private UUID actorId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "dedup_key", length = 200, updatable = false)
    private String dedupKey;

    protected TimelineRecord() {}

    TimelineRecord(Entry e, UUID siteId) {
        this.assetId = e.assetId();
        this.siteId = siteId;
        this.kind = e.kind();
        this.action = e.action();
        this.summary = clip(e.summary(), SUMMARY_LENGTH);
        this.refType = clip(e.refType(), 40);
        this.refId = clip(e.refId(), 64);
        this.actorId = e.actorId();
        this.occurredAt = e.occurredAt();
        this.dedupKey = clip(e.dedupKey(), 200);
    }

    TimelineItem item(ZoneId zone) {
        return new TimelineItem(
                getId(),
                assetId,
                kind,
                action,
                summary,
                refType,
                refId,
                actorId,
                occurredAt,
                occurredAt.atZone(zone).toOffsetDateTime());
    }

    private static String clip(String value, int max) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max - 1) + "…";
    }
}
