package org.millwright.maintenance.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.millwright.maintenance.AssetContext;
import org.millwright.maintenance.AssetSummary;
import org.millwright.maintenance.WorkOrderSummary;
import org.millwright.maintenance.internal.history.HistoryQuery;
import org.millwright.maintenance.internal.history.MaintenanceHistory;
import org.millwright.maintenance.internal.history.RecordView;
import org.millwright.maintenance.internal.timeline.TimelineService;
import org.millwright.platform.security.CurrentPrincipal;
import org.millwright.platform.security.MillwrightPrincipal;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Builds {@link AssetContext}: one read of the machine, its open work, history and timeline. */
@Component
public class AssetContexts {

    static final int RECENT = 10;

    private final AssetService assets;
    private final MaintenanceHistory history;
    private final TimelineService timeline;

    AssetContexts(AssetService assets, MaintenanceHistory history, TimelineService timeline) {
        this.assets = assets;
        this.history = history;
        this.timeline = timeline;
    }

    /** A machine the caller may see (any machine of the tenant for the system). */
    @Transactional(readOnly = true)
    public Optional<AssetSummary> visible(UUID assetId) {
        return assets.find(assetId)
                .filter(a ->
                        CurrentPrincipal.get().map(p -> p.canSee(a.siteId())).orElse(true));
    }

    /** The context of a visible machine, with its open work orders. */
    @Transactional(readOnly = true)
    public AssetContext of(AssetSummary asset, List<WorkOrderSummary> openWorkOrders) {
        return new AssetContext(asset, openWorkOrders, recentWork(asset.id()), timeline.latest(asset.id(), RECENT));
    }

    private List<AssetContext.PastWork> recentWork(UUID assetId) {
        Set<UUID> visible =
                CurrentPrincipal.get().map(MillwrightPrincipal::siteIds).orElse(Set.of());
        var query = new HistoryQuery(assetId, null, null, null, null, null, visible);
        var page = PageRequest.of(0, RECENT, Sort.by(Sort.Direction.DESC, "finishedAt"));
        return history.list(query, page).map(AssetContexts::pastWork).getContent();
    }

    private static AssetContext.PastWork pastWork(RecordView r) {
        return new AssetContext.PastWork(
                r.id(),
                r.workOrderId(),
                r.finishedAt(),
                r.workType().wire(),
                r.description(),
                r.failureMode(),
                r.failureCause(),
                r.remedy(),
                r.downtimeMinutes());
    }
}
