package org.millwright.maintenance.internal;

import java.util.Optional;
import java.util.UUID;
import org.millwright.maintenance.AssetRegistry;
import org.millwright.platform.assets.AssetDirectory;
import org.springframework.stereotype.Component;

/** The platform's {@link AssetDirectory}, answered from the asset registry. */
@Component
class MaintenanceAssetDirectory implements AssetDirectory {

    private final AssetRegistry registry;

    MaintenanceAssetDirectory(AssetRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Optional<AssetRef> find(UUID assetId) {
        return registry.find(assetId).map(a -> new AssetRef(a.id(), a.siteId(), a.code(), a.name()));
    }
}
