package org.millwright.knowledge;

import java.util.UUID;

/**
 * A retrieval: the text, how many passages ({@code k}, 1 to 200) and optional filters (ANDed):
 * site, asset, asset type code, language ({@code es}, {@code en}) and kind ({@code document},
 * {@code note}, {@code image}).
 */
public record RetrievalQuery(
        String text, int k, UUID siteId, UUID assetId, String assetType, String language, String kind) {

    public static RetrievalQuery of(String text, int k) {
        return new RetrievalQuery(text, k, null, null, null, null, null);
    }
}
