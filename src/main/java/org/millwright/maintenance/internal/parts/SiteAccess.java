package org.millwright.maintenance.internal.parts;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.millwright.platform.error.InvalidRequestException;
import org.millwright.platform.error.NotFoundException;
import org.millwright.platform.security.CurrentPrincipal;
import org.millwright.platform.security.MillwrightPrincipal;
import org.millwright.platform.tenancy.SiteService;
import org.springframework.stereotype.Component;

/**
 * Which sites the caller may see, as {@code AssetService} decides it: a caller bound to sites
 * sees those only; work without a caller (jobs, other modules' background work) sees all.
 */
@Component
class SiteAccess {

    private final SiteService sites;

    SiteAccess(SiteService sites) {
        this.sites = sites;
    }

    boolean visible(UUID siteId) {
        return CurrentPrincipal.get().map(p -> p.canSee(siteId)).orElse(true);
    }

    /** The caller's sites, or empty when the caller sees every site of the tenant. */
    Optional<Set<UUID>> restriction() {
        return CurrentPrincipal.get().map(MillwrightPrincipal::siteIds).filter(ids -> !ids.isEmpty());
    }

    /** A site named in a request body or parameter: unknown or hidden is a 400. */
    void requireReferable(UUID siteId) {
        if (!sites.exists(siteId) || !visible(siteId)) {
            throw new InvalidRequestException("error.unknown-site", siteId);
        }
    }

    /** A site named in the path: unknown or hidden is a 404. */
    void requireAddressable(UUID siteId) {
        if (!sites.exists(siteId) || !visible(siteId)) {
            throw NotFoundException.of("entity.site", siteId);
        }
    }
}
