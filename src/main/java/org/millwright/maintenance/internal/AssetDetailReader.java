package org.millwright.maintenance.internal;

import java.util.List;
import java.util.UUID;
import org.millwright.maintenance.internal.meter.MeterService;
import org.millwright.maintenance.internal.photo.AssetPhotos;
import org.millwright.platform.assets.AssetDocuments;
import org.millwright.platform.tenancy.SiteService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The detail view of an asset. Its documents come from the platform's {@link AssetDocuments}
 * (the knowledge module); without an implementation the list is empty.
 */
@Service
public class AssetDetailReader {

    /** Most linked documents shown on an asset. */
    static final int MAX_DOCUMENTS = 50;

    private final AssetService assets;
    private final SiteService sites;
    private final MeterService meters;
    private final AssetPhotos photos;
    private final ObjectProvider<AssetDocuments> documents;

    AssetDetailReader(
            AssetService assets,
            SiteService sites,
            MeterService meters,
            AssetPhotos photos,
            ObjectProvider<AssetDocuments> documents) {
        this.assets = assets;
        this.sites = sites;
        this.meters = meters;
        this.photos = photos;
        this.documents = documents;
    }

    @Transactional(readOnly = true)
    public AssetView get(UUID id) {
        Asset asset = assets.require(id);
        var parts = new AssetView.Parts(
                meters.ofAsset(id),
                photos.newest(id),
                documents.stream()
                        .findFirst()
                        .map(d -> d.linkedTo(id, MAX_DOCUMENTS))
                        .orElse(List.of()));
        return AssetView.of(asset, sites.zoneOf(asset.getSiteId()), parts);
    }
}
