package org.millwright.maintenance.internal.parts;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.millwright.maintenance.AssetRegistry;
import org.millwright.maintenance.AssetSummary;
import org.millwright.maintenance.internal.AssetTypes;
import org.millwright.platform.error.InvalidRequestException;
import org.springframework.stereotype.Component;

/** Checks what a part is said to fit: known asset type codes and assets the caller can see. */
@Component
class PartFits {

    private final AssetRegistry assets;
    private final SiteAccess sites;
    private final AssetTypes types;

    PartFits(AssetRegistry assets, SiteAccess sites, AssetTypes types) {
        this.assets = assets;
        this.sites = sites;
        this.types = types;
    }

    /**
     * A known asset type (built in or the tenant's own, active or not: a part may still fit
     * machines of a retired type), as its stored code ({@code pump}, {@code motor}); 400 otherwise.
     */
    String assetTypeCode(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidRequestException("error.unknown-asset-type", code);
        }
        return types.find(code).orElseThrow(() -> new InvalidRequestException("error.unknown-asset-type", code));
    }

    Set<String> assetTypeCodes(Collection<String> codes) {
        Set<String> known = new LinkedHashSet<>();
        for (String code : codes) {
            known.add(assetTypeCode(code));
        }
        return known;
    }

    /** An asset of the tenant at a site the caller sees; anything else is a 400. */
    AssetSummary asset(UUID assetId) {
        return assets.find(assetId)
                .filter(a -> sites.visible(a.siteId()))
                .orElseThrow(() -> new InvalidRequestException("error.unknown-asset", assetId));
    }

    Set<UUID> assetIds(Collection<UUID> ids) {
        Set<UUID> known = new LinkedHashSet<>();
        for (UUID id : ids) {
            known.add(asset(id).id());
        }
        return known;
    }
}
