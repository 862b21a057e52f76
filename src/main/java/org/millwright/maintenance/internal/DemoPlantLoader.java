package org.millwright.maintenance.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.millwright.platform.bootstrap.FirstStartCompleted;
import org.millwright.platform.tenancy.SiteService;
import org.millwright.platform.tenancy.TenantContext;
import org.millwright.platform.tenancy.TenantService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fills the first tenant of an empty database with the demo plant (unless the demo is switched
 * off), in one transaction: either all of it is there or none. A failure is logged and the
 * server starts without the demo.
 */
@Component
class DemoPlantLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoPlantLoader.class);
    private final TenantService tenants;
    private final SiteService sites;
    private final AreaService areas;
    private final AssetService assets;
    private final DemoMaintenanceLoader maintenance;
    private final JsonMapper json;
    private final TransactionTemplate tx;

    DemoPlantLoader(
            TenantService tenants,
            SiteService sites,
            AreaService areas,
            AssetService assets,
            DemoMaintenanceLoader maintenance,
            JsonMapper json,
            TransactionTemplate tx) {
        this.tenants = tenants;
        this.sites = sites;
        this.areas = areas;
        this.assets = assets;
        this.maintenance = maintenance;
        this.json = json;
        this.tx = tx;
    }

    @EventListener
    void onFirstStart(FirstStartCompleted event) {
        if (!event.demo()) {
            return;
        }
        try {
            DemoPlant plant = DemoPlant.read(json);
            Counts counts = TenantContext.call(event.tenantId(), () -> tx.execute(s -> load(event.tenantId(), plant)));
            log.info(
                    "Demo plant loaded for \"{}\": {} sites, {} areas, {} assets",
                    plant.company(),
                    counts.sites(),
                    counts.areas(),
                    counts.assets());
        } catch (RuntimeException e) {
            log.error("Demo plant not loaded; the server starts without it", e);
            return;
        }
        loadMaintenance(event.tenantId());
    }

    /**
     * Parts, history and open work orders, each written by its service in a transaction of its own
     * (after the plant's): if they fail, the plant stays.
     */
    private void loadMaintenance(UUID tenantId) {
        try {
            DemoMaintenance demo = DemoMaintenance.read(json);
            var counts = TenantContext.call(tenantId, () -> maintenance.load(demo));
            log.info(
                    "Demo maintenance loaded: {} spare parts, {} history records, {} open work orders",
                    counts.parts(),
                    counts.records(),
                    counts.workOrders());
        } catch (RuntimeException e) {
            log.error("Demo maintenance not loaded; the demo plant has no history or work orders", e);
        }
    }

    private Counts load(UUID tenantId, DemoPlant plant) {
        tenants.rename(tenantId, plant.company());
        Counts counts = new Counts(0, 0, 0);
        for (DemoPlant.Plant site : plant.sites()) {
            UUID siteId = sites.create(site.code(), site.name(), site.timeZone(), site.address())
                    .id();
            Map<String, UUID> areaIds = new HashMap<>();
            for (DemoPlant.PlantArea area : site.areas()) {
                areaIds.put(
                        area.code(),
                        areas.create(siteId, area.code(), area.name()).id());
            }
            Map<String, UUID> assetIds = new HashMap<>();
            for (DemoPlant.Machine machine : site.assets()) {
                var details = machine.details(idOf(areaIds, machine.area()), idOf(assetIds, machine.parent()));
                assetIds.put(
                        machine.code(),
                        assets.create(siteId, machine.code(), details).id());
            }
            counts = counts.plus(areaIds.size(), assetIds.size());
        }
        return counts;
    }

    /** The id created for a code of this plant; null for no code, an error for an unknown one. */
    private static UUID idOf(Map<String, UUID> ids, String code) {
        if (code == null) {
            return null;
        }
        UUID id = ids.get(code);
        if (id == null) {
            throw new IllegalStateException("demo plant refers to unknown or later code " + code);
        }
        return id;
    }

    private record Counts(int sites, int areas, int assets) {
        Counts plus(int newAreas, int newAssets) {
            return new Counts(sites + 1, areas + newAreas, assets + newAssets);
        }
    }
}
