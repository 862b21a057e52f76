package org.millwright.maintenance;

import java.util.List;
import java.util.UUID;

/**
 * An active spare part as an index outside the maintenance module keeps it (for example the
 * assistant's semantic part matching): its words, what it fits, and a {@code version} that grows
 * at every edit of the part, so a copy kept elsewhere knows when it is stale.
 *
 * @param assetTypes the asset types it fits, as {@link AssetType#wire()} codes
 * @param assetIds the specific assets it fits
 */
public record CataloguedPart(
        UUID id,
        String partNumber,
        String description,
        String manufacturer,
        String manufacturerPartNumber,
        List<String> assetTypes,
        List<UUID> assetIds,
        long version) {

    public CataloguedPart {
        assetTypes = List.copyOf(assetTypes);
        assetIds = List.copyOf(assetIds);
    }
}
