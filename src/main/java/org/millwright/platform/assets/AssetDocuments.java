package org.millwright.platform.assets;

import java.util.List;
import java.util.UUID;

/**
 * The documents, notes and images linked to a machine, for modules that may not depend on the
 * knowledge module (maintenance shows them on an asset): implemented by knowledge, read by the
 * others. Optional: without an implementation a machine simply shows no documents.
 */
public interface AssetDocuments {

    /** The newest documents of the tenant in context linked to a machine, at most {@code limit}. */
    List<LinkedDocument> linkedTo(UUID assetId, int limit);

    /**
     * One linked document: its id, kind ({@code document}, {@code note} or {@code image}), title
     * (an image's caption) and the API path that describes it.
     */
    record LinkedDocument(UUID id, String kind, String title, String url) {}
}
