package org.millwright.maintenance.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.millwright.maintenance.AssetRegistry;
import org.millwright.maintenance.AssetStatus;
import org.millwright.maintenance.AssetSummary;
import org.millwright.maintenance.internal.files.MaintenanceFiles;
import org.millwright.maintenance.internal.request.MaintenanceRequestRepository;
import org.millwright.platform.audit.AuditLog;
import org.millwright.platform.error.ConflictException;
import org.millwright.platform.error.InvalidRequestException;
import org.millwright.platform.error.NotFoundException;
import org.millwright.platform.security.CurrentPrincipal;
import org.millwright.platform.tenancy.SiteService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The asset registry of the tenant in context. */
@Service
public class AssetService implements AssetRegistry {

    private final AssetRepository assets;
    private final AreaRepository areas;
    private final SiteService sites;
    private final AssetTypes types;
    private final MaintenanceRequestRepository requests;
    private final MaintenanceFiles files;
    private final AuditLog audit;

    AssetService(
            AssetRepository assets,
            AreaRepository areas,
            SiteService sites,
            AssetTypes types,
            MaintenanceRequestRepository requests,
            MaintenanceFiles files,
            AuditLog audit) {
        this.assets = assets;
        this.areas = areas;
        this.sites = sites;
        this.types = types;
        this.requests = requests;
        this.files = files;
        this.audit = audit;
    }

    @Transactional
    public AssetSummary create(UUID siteId, String code, Asset.AssetDetails details) {
        requireVisibleSite(siteId);
        String normalized = code.strip().toUpperCase(Locale.ROOT);
        if (assets.existsByCode(normalized)) {
            throw new ConflictException("error.asset-code-taken", normalized);
        }
        checkPlacement(siteId, null, details);
        checkCoordinates(details);
        Asset asset = assets.save(new Asset(siteId, normalized, details.withType(types.require(details.type()))));
        audit.record("asset.created", "asset", asset.getId(), null, asset.summary());
        return asset.summary();
    }

    @Transactional
    public AssetSummary update(UUID id, Asset.AssetDetails details) {
        Asset asset = load(id);
        AssetSummary before = asset.summary();
        checkPlacement(asset.getSiteId(), id, details);
        checkCoordinates(details);
        // An asset may keep a type that was switched off since; a new type must be active.
        String type = types.find(details.type())
                .filter(asset.getType()::equals)
                .orElseGet(() -> types.require(details.type()));
        asset.apply(details.withType(type));
        assets.flush();
        audit.record("asset.updated", "asset", id, before, asset.summary());
        return asset.summary();
    }

    @Transactional
    public AssetSummary changeStatus(UUID id, AssetStatus status) {
        Asset asset = load(id);
        AssetSummary before = asset.summary();
        asset.moveTo(status);
        assets.flush();
        audit.record("asset.status-changed", "asset", id, before, asset.summary());
        return asset.summary();
    }

    @Transactional
    public void delete(UUID id) {
        Asset asset = load(id);
        if (assets.existsByParentId(id)) {
            throw new ConflictException("error.asset-has-components", asset.getCode());
        }
        if (requests.existsByAssetId(id)) {
            throw new ConflictException("error.asset-has-requests", asset.getCode());
        }
        AssetSummary before = asset.summary();
        // Its meters, readings and photos go with it (foreign keys cascade); so do its photo files.
        assets.delete(asset);
        assets.flush();
        files.deleteAfterCommit("assets/" + id);
        audit.record("asset.deleted", "asset", id, before, null);
    }

    @Transactional(readOnly = true)
    public Page<AssetSummary> list(AssetQuery query, Pageable page) {
        return assets.findAll(query.toSpecification(), page).map(Asset::summary);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AssetSummary> find(UUID assetId) {
        return assets.findById(assetId).map(Asset::summary);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AssetSummary> ofSite(UUID siteId) {
        return assets.findBySiteIdOrderByCode(siteId).stream()
                .map(Asset::summary)
                .toList();
    }

    /** An asset the caller may see, for the services of its parts (photos, meters, QR code); 404 otherwise. */
    @Transactional(readOnly = true)
    public Asset require(UUID id) {
        return load(id);
    }

    private Asset load(UUID id) {
        Asset asset = assets.findById(id).orElseThrow(() -> NotFoundException.of("entity.asset", id));
        if (!visible(asset.getSiteId())) {
            throw NotFoundException.of("entity.asset", id);
        }
        return asset;
    }

    private void checkPlacement(UUID siteId, UUID selfId, Asset.AssetDetails details) {
        if (details.areaId() != null) {
            Area area = areas.findById(details.areaId())
                    .orElseThrow(() -> new InvalidRequestException("error.unknown-area", details.areaId()));
            if (!area.getSiteId().equals(siteId)) {
                throw new InvalidRequestException("error.area-other-site", details.areaId());
            }
        }
        if (details.parentId() != null) {
            if (details.parentId().equals(selfId)) {
                throw new InvalidRequestException("error.asset-own-parent");
            }
            Asset parent = assets.findById(details.parentId())
                    .orElseThrow(() -> new InvalidRequestException("error.unknown-parent", details.parentId()));
            if (!parent.getSiteId().equals(siteId)) {
                throw new InvalidRequestException("error.parent-other-site", details.parentId());
            }
        }
    }

    private static void checkCoordinates(Asset.AssetDetails details) {
        if ((details.latitude() == null) != (details.longitude() == null)) {
            throw new InvalidRequestException("error.coordinates-pair");
        }
    }

    private void requireVisibleSite(UUID siteId) {
        if (!sites.exists(siteId) || !visible(siteId)) {
            throw new InvalidRequestException("error.unknown-site", siteId);
        }
    }

    private static boolean visible(UUID siteId) {
        return CurrentPrincipal.get().map(p -> p.canSee(siteId)).orElse(true);
    }
}
