package org.millwright.maintenance.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.millwright.maintenance.MaintenanceFacade;
import org.millwright.maintenance.NewWorkOrder;
import org.millwright.maintenance.WorkOrderPriority;
import org.millwright.maintenance.WorkOrderSource;
import org.millwright.maintenance.WorkOrderType;
import org.millwright.maintenance.internal.history.MaintenanceHistory;
import org.millwright.maintenance.internal.history.RecordDetails;
import org.millwright.maintenance.internal.history.RecordSource;
import org.millwright.maintenance.internal.history.WorkType;
import org.millwright.maintenance.internal.parts.Movement;
import org.millwright.maintenance.internal.parts.MovementKind;
import org.millwright.maintenance.internal.parts.PartService;
import org.millwright.maintenance.internal.parts.PartUnit;
import org.millwright.maintenance.internal.parts.PartsInventory;
import org.millwright.maintenance.internal.parts.SparePart;
import org.millwright.platform.tenancy.SiteService;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/** Loads {@link DemoMaintenance} into the demo tenant (in context), after its plants and machines. */
@Component
class DemoMaintenanceLoader {

    private final AssetRepository assets;
    private final SiteService sites;
    private final PartService parts;
    private final PartsInventory inventory;
    private final MaintenanceHistory history;
    private final MaintenanceFacade workOrders;
    private final Clock clock;

    DemoMaintenanceLoader(
            AssetRepository assets,
            SiteService sites,
            PartService parts,
            PartsInventory inventory,
            MaintenanceHistory history,
            MaintenanceFacade workOrders,
            Clock clock) {
        this.assets = assets;
        this.sites = sites;
        this.parts = parts;
        this.inventory = inventory;
        this.history = history;
        this.workOrders = workOrders;
        this.clock = clock;
    }

    /** What was loaded, for the start-up log. */
    record Counts(int parts, int records, int workOrders) {}

    Counts load(DemoMaintenance demo) {
        Map<String, UUID> siteIds = new HashMap<>();
        sites.list(Pageable.unpaged()).forEach(s -> siteIds.put(s.code(), s.id()));
        Map<String, Asset> byCode = new HashMap<>();
        assets.findAll().forEach(a -> byCode.put(a.getCode(), a));
        demo.parts().forEach(p -> part(p, siteIds));
        Instant now = Instant.now(clock);
        demo.history().forEach(h -> past(h, asset(byCode, h.asset()), now));
        demo.workOrders().forEach(w -> open(w, asset(byCode, w.asset())));
        return new Counts(
                demo.parts().size(), demo.history().size(), demo.workOrders().size());
    }

    private void part(DemoMaintenance.Part p, Map<String, UUID> siteIds) {
        UUID partId = parts.create(new SparePart.PartDetails(
                        p.partNumber(),
                        p.description(),
                        null,
                        null,
                        PartUnit.fromWire(p.unit()),
                        p.unitCost(),
                        p.currency(),
                        Set.copyOf(p.assetTypes()),
                        Set.of(),
                        true))
                .part()
                .id();
        for (DemoMaintenance.Stock s : p.stock()) {
            UUID siteId = known(siteIds.get(s.site()), "site", s.site());
            inventory.record(
                    new Movement(partId, siteId, MovementKind.RECEIPT, s.onHand(), "opening stock", null, null));
            inventory.configure(partId, siteId, s.minimum(), s.bin());
        }
    }

    private void past(DemoMaintenance.Past h, Asset asset, Instant now) {
        Instant finished = now.minus(Duration.ofDays(h.daysAgo()));
        history.record(
                RecordSource.IMPORT,
                null,
                new RecordDetails(
                        asset.getId(),
                        WorkType.fromWire(h.workType()),
                        finished.minus(Duration.ofHours(h.hours())),
                        finished,
                        h.description(),
                        h.failureMode(),
                        h.failureCause(),
                        h.remedy(),
                        h.downtimeMinutes(),
                        h.labourHours(),
                        h.partsCost(),
                        h.labourCost(),
                        h.ref()));
    }

    private void open(DemoMaintenance.Open w, Asset asset) {
        LocalDate today = LocalDate.now(clock.withZone(sites.zoneOf(asset.getSiteId())));
        workOrders.open(
                new NewWorkOrder(
                        asset.getId(),
                        WorkOrderType.valueOf(w.type()),
                        WorkOrderPriority.valueOf(w.priority()),
                        w.title(),
                        w.description(),
                        WorkOrderSource.MANUAL,
                        null,
                        null,
                        today.plusDays(w.dueInDays())),
                null);
    }

    private static Asset asset(Map<String, Asset> byCode, String code) {
        return known(byCode.get(code), "asset", code);
    }

    private static <T> T known(T value, String what, String code) {
        if (value == null) {
            throw new IllegalStateException("demo maintenance refers to unknown " + what + " " + code);
        }
        return value;
    }
}
