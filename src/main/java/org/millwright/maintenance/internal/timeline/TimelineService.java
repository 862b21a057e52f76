package org.millwright.maintenance.internal.timeline;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.millwright.maintenance.AssetSummary;
import org.millwright.maintenance.TimelineFacade;
import org.millwright.maintenance.TimelineItem;
import org.millwright.maintenance.internal.AssetService;
import org.millwright.platform.assets.AssetTimeline;
import org.millwright.platform.error.InvalidRequestException;
import org.millwright.platform.tenancy.SiteService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The asset timeline: written by every module, read newest first. */
@Service
public class TimelineService implements TimelineFacade {

    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-01-01T00:00:00Z");

    private final TimelineRepository timeline;
    private final AssetService assets;
    private final SiteService sites;

    TimelineService(TimelineRepository timeline, AssetService assets, SiteService sites) {
        this.timeline = timeline;
        this.assets = assets;
        this.sites = sites;
    }

    @Override
    @Transactional
    public void record(Entry entry) {
        AssetSummary asset = assets.find(entry.assetId())
                .orElseThrow(() -> new InvalidRequestException("error.unknown-asset", entry.assetId()));
        if (entry.dedupKey() != null && timeline.existsByDedupKey(entry.dedupKey())) {
            return;
        }
        timeline.save(new TimelineRecord(entry, asset.siteId()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<TimelineItem> latest(UUID assetId, int limit) {
        return page(assetId, new Filter(Set.of(), null, null), PageRequest.of(0, Math.max(1, limit)))
                .getContent();
    }

    /** Fails with 404 unless the machine exists and the caller may see it. */
    @Transactional(readOnly = true)
    public void get(UUID assetId) {
        assets.require(assetId);
    }

    /** A page of a visible machine's timeline, newest first; 404 when the machine is not visible. */
    @Transactional(readOnly = true)
    public Page<TimelineItem> page(UUID assetId, Filter filter, Pageable page) {
        AssetSummary asset = assets.require(assetId).summary();
        ZoneId zone = sites.zoneOf(asset.siteId());
        Set<AssetTimeline.Kind> kinds =
                filter.kinds().isEmpty() ? EnumSet.allOf(AssetTimeline.Kind.class) : EnumSet.copyOf(filter.kinds());
        Instant from = filter.from() == null ? EARLIEST : filter.from();
        Instant to = filter.to() == null ? LATEST : filter.to();
        if (!from.isBefore(to)) {
            throw new InvalidRequestException("error.timeline-range");
        }
        return timeline.page(assetId, kinds, from, to, page).map(r -> r.item(zone));
    }

    /** Which entries to read: kinds (empty for all) and a half-open time range (nulls for open ends). */
    public record Filter(Set<AssetTimeline.Kind> kinds, Instant from, Instant to) {}
}
