package org.millwright.maintenance.internal;

import java.util.Locale;
import java.util.UUID;
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

/** Areas of the plants of the tenant in context. */
@Service
public class AreaService {

    private final AreaRepository areas;
    private final AssetRepository assets;
    private final SiteService sites;
    private final AuditLog audit;

    AreaService(AreaRepository areas, AssetRepository assets, SiteService sites, AuditLog audit) {
        this.areas = areas;
        this.assets = assets;
        this.sites = sites;
        this.audit = audit;
    }

    @Transactional
    public AreaView create(UUID siteId, String code, String name) {
        if (!sites.exists(siteId) || !visible(siteId)) {
            throw new InvalidRequestException("error.unknown-site", siteId);
        }
        String normalized = code.strip().toUpperCase(Locale.ROOT);
        if (areas.existsBySiteIdAndCode(siteId, normalized)) {
            throw new ConflictException("error.area-code-taken", normalized);
        }
        Area area = areas.save(new Area(siteId, normalized, name.strip()));
        audit.record("area.created", "area", area.getId(), null, AreaView.of(area));
        return AreaView.of(area);
    }

    @Transactional
    public AreaView rename(UUID id, String name) {
        Area area = load(id);
        AreaView before = AreaView.of(area);
        area.rename(name.strip());
        areas.flush();
        audit.record("area.updated", "area", id, before, AreaView.of(area));
        return AreaView.of(area);
    }

    @Transactional
    public void delete(UUID id) {
        Area area = load(id);
        if (assets.existsByAreaId(id)) {
            throw new ConflictException("error.area-has-assets", area.getCode());
        }
        areas.delete(area);
        audit.record("area.deleted", "area", id, AreaView.of(area), null);
    }

    @Transactional(readOnly = true)
    public AreaView get(UUID id) {
        return AreaView.of(load(id));
    }

    @Transactional(readOnly = true)
    public Page<AreaView> list(UUID siteId, Pageable page) {
        if (siteId != null) {
            return areas.findBySiteId(siteId, page).map(AreaView::of);
        }
        return areas.findAll(page).map(AreaView::of);
    }

    private Area load(UUID id) {
        return areas.findById(id)
                .filter(a -> visible(a.getSiteId()))
                .orElseThrow(() -> NotFoundException.of("entity.area", id));
    }

    private static boolean visible(UUID siteId) {
        return CurrentPrincipal.get().map(p -> p.canSee(siteId)).orElse(true);
    }

    /** An area as the API shows it. */
    public record AreaView(UUID id, UUID siteId, String code, String name) {
        static AreaView of(Area a) {
            return new AreaView(a.getId(), a.getSiteId(), a.getCode(), a.getName());
        }
    }
}
