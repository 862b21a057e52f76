package org.millwright.maintenance;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The maintenance module's public view of the asset registry, for the other modules. */
public interface AssetRegistry {

    /** A machine of the tenant in context. */
    Optional<AssetSummary> find(UUID assetId);

    /** The machines of one site of the tenant in context, by code. */
    List<AssetSummary> ofSite(UUID siteId);
}
