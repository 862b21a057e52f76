package org.millwright.maintenance.internal.photo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.millwright.platform.tenancy.TenantScoped;

/** A photo of an asset; its bytes are a file of the tenant, named by the photo's id. */
@Entity
@Table(name = "asset_photos")
public class AssetPhoto extends TenantScoped {

    @Column(name = "asset_id", nullable = false, updatable = false)
    private UUID assetId;

    @Column(name = "file_name", nullable = false, length = 300, updatable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 50, updatable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "content_hash", nullable = false, length = 64, updatable = false)
    private String contentHash;

    @Column(name = "stored_path", nullable = false, length = 200, updatable = false)
    private String storedPath;

    @Column(length = 300)
    private String caption;

    @Column(name = "uploaded_by", updatable = false)
    private UUID uploadedBy;

    protected AssetPhoto() {}

    public AssetPhoto(
            UUID assetId,
            String fileName,
            String mediaType,
            long sizeBytes,
            String contentHash,
            String extension,
            String caption,
            UUID uploadedBy) {
        this.assetId = assetId;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.contentHash = contentHash;
        this.storedPath = "assets/" + assetId + "/" + getId() + "." + extension;
        this.caption = caption;
        this.uploadedBy = uploadedBy;
    }

    public UUID getAssetId() {
        return assetId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getStoredPath() {
        return storedPath;
    }

    public String getCaption() {
        return caption;
    }

    public UUID getUploadedBy() {
        return uploadedBy;
    }
}
