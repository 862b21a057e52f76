package org.millwright.platform.assets;

import java.util.Optional;
import java.util.UUID;

/**
 * Who a machine is, for modules that may not depend on the maintenance module (knowledge links
 * documents and images to machines): implemented by maintenance, read by the others.
 */
public interface AssetDirectory {

    /** A machine of the tenant in context, or empty when it does not exist there. */
    Optional<AssetRef> find(UUID assetId);

    /** The little the other modules need to know of a machine. */
    record AssetRef(UUID id, UUID siteId, String code, String name) {}
}
