package org.millwright.maintenance;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A spare part of the catalogue as other modules see it, with its stock at each site the caller
 * may see.
 *
 * @param partNumber the tenant's part number, upper-case
 * @param unit unit of measure ({@code pcs}, {@code m}, {@code kg}, {@code l}...)
 * @param unitCost cost of one unit in {@code currency} (ISO 4217), both absent when unknown
 * @param assetTypes the asset types it fits, as {@link AssetType#wire()} codes
 * @param assetIds the specific assets it fits
 */
public record PartSummary(
        UUID id,
        String partNumber,
        String description,
        String manufacturer,
        String manufacturerPartNumber,
        String unit,
        BigDecimal unitCost,
        String currency,
        List<String> assetTypes,
        List<UUID> assetIds,
        boolean active,
        List<SiteStock> stock) {

    /** Stock of the part at one site; {@code belowMinimum} when on-hand is under the minimum. */
    public record SiteStock(
            UUID siteId, BigDecimal onHand, BigDecimal minimum, String binLocation, boolean belowMinimum) {}
}
