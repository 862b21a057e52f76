package org.millwright.maintenance;

import java.util.List;
import java.util.UUID;

/** The spare-parts catalogue of the tenant in context, for modules that recommend parts. */
public interface PartsCatalogue {

    /**
     * Active parts matching every word of {@code text} (part numbers, manufacturer, description;
     * case and accents ignored), best first: an exact part number, then a part-number prefix, then
     * the rest by part number. Each argument may be null.
     *
     * @param assetType an asset type code ({@link AssetType#wire()}): parts that fit that type
     * @param assetId parts listed for that asset or fitting its type
     * @param limit at most this many (1 to 100)
     * @throws org.millwright.platform.error.InvalidRequestException for an unknown asset type, or
     *     an asset that does not exist or is at a site the caller cannot see
     */
    List<PartSummary> search(String text, String assetType, UUID assetId, int limit);

    /** The most parts {@link #activeParts} lists. */
    int MAX_CATALOGUE = 10_000;

    /**
     * Every active part of the tenant, by part number, at most {@code limit} (1 to {@link
     * #MAX_CATALOGUE}), for indexing outside the module. Three queries whatever the size.
     */
    List<CataloguedPart> activeParts(int limit);

    /**
     * These parts (active or not) with their stock at the sites the caller may see, in the order
     * given; ids that are not parts of the tenant are left out.
     */
    List<PartSummary> find(List<UUID> ids);
}
