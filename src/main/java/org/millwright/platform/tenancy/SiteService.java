package org.millwright.platform.tenancy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.millwright.platform.audit.AuditLog;
import org.millwright.platform.error.ConflictException;
import org.millwright.platform.error.InvalidRequestException;
import org.millwright.platform.error.NotFoundException;
import org.millwright.platform.security.CurrentPrincipal;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Plants of the tenant in context. Callers bound to some sites see only those. */
@Service
public class SiteService {

    private final SiteRepository sites;
    private final AuditLog audit;

    SiteService(SiteRepository sites, AuditLog audit) {
        this.sites = sites;
        this.audit = audit;
    }

    @Transactional
    public SiteView create(String code, String name, String timeZone, String address) {
        String normalized = code.strip().toUpperCase(java.util.Locale.ROOT);
        if (sites.existsByCode(normalized)) {
            throw new ConflictException("error.site-code-taken", normalized);
        }
        Site site = sites.save(new Site(normalized, name.strip(), zoneOf(timeZone), address));
        audit.record("site.created", "site", site.getId(), null, SiteView.of(site));
        return SiteView.of(site);
    }

    @Transactional
    public SiteView update(UUID id, String name, String timeZone, String address) {
        Site site = find(id);
        SiteView before = SiteView.of(site);
        site.update(name.strip(), zoneOf(timeZone), address);
        sites.flush();
        audit.record("site.updated", "site", id, before, SiteView.of(site));
        return SiteView.of(site);
    }

    @Transactional
    public void delete(UUID id) {
        Site site = find(id);
        SiteView before = SiteView.of(site);
        sites.delete(site);
        sites.flush();
        audit.record("site.deleted", "site", id, before, null);
    }

    @Transactional(readOnly = true)
    public Page<SiteView> list(Pageable page) {
        var principal = CurrentPrincipal.get();
        if (principal.isPresent() && !principal.get().siteIds().isEmpty()) {
            return sites.findByIdIn(principal.get().siteIds(), page).map(SiteView::of);
        }
        return sites.findAll(page).map(SiteView::of);
    }

    @Transactional(readOnly = true)
    public SiteView get(UUID id) {
        return SiteView.of(find(id));
    }

    /** True when the site exists in the tenant in context. */
    public boolean exists(UUID id) {
        return sites.existsById(id);
    }

    /** The site's zone, for showing instants in plant time. */
    @Transactional(readOnly = true)
    public ZoneId zoneOf(UUID siteId) {
        return find(siteId).getZone();
    }

    private Site find(UUID id) {
        Site site = sites.findById(id).orElseThrow(() -> NotFoundException.of("entity.site", id));
        if (CurrentPrincipal.get().map(p -> !p.canSee(id)).orElse(false)) {
            throw NotFoundException.of("entity.site", id);
        }
        return site;
    }

    static ZoneId zoneOf(String timeZone) {
        try {
            return ZoneId.of(timeZone.strip());
        } catch (DateTimeException | NullPointerException e) {
            throw new InvalidRequestException("error.unknown-zone", timeZone);
        }
    }

    /** A plant as the API shows it; {@code localTime} is the plant's wall clock now. */
    public record SiteView(
            UUID id,
            String code,
            String name,
            String timeZone,
            String address,
            Instant createdAt,
            OffsetDateTime localTime) {
        static SiteView of(Site s) {
            return new SiteView(
                    s.getId(),
                    s.getCode(),
                    s.getName(),
                    s.getZone().getId(),
                    s.getAddress(),
                    s.getCreatedAt(),
                    OffsetDateTime.now(s.getZone()).withNano(0));
        }
    }
}
