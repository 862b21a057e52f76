package org.millwright.maintenance.internal.photo;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.millwright.maintenance.internal.AssetService;
import org.millwright.maintenance.internal.MaintenanceSettings;
import org.millwright.maintenance.internal.files.ImageKind;
import org.millwright.maintenance.internal.files.MaintenanceFiles;
import org.millwright.platform.audit.AuditLog;
import org.millwright.platform.error.InvalidRequestException;
import org.millwright.platform.error.NotFoundException;
import org.millwright.platform.error.PayloadTooLargeException;
import org.millwright.platform.security.CurrentPrincipal;
import org.millwright.platform.security.MillwrightPrincipal;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Photos of the assets the caller may see: PNG, JPEG or WebP (judged from the bytes), at most
 * {@code millwright.maintenance.work-orders.max-attachment-size} each, kept as files of the tenant.
 */
@Service
public class AssetPhotos {

    private final AssetPhotoRepository photos;
    private final AssetService assets;
    private final MaintenanceFiles files;
    private final MaintenanceSettings settings;
    private final AuditLog audit;

    AssetPhotos(
            AssetPhotoRepository photos,
            AssetService assets,
            MaintenanceFiles files,
            MaintenanceSettings settings,
            AuditLog audit) {
        this.photos = photos;
        this.assets = assets;
        this.files = files;
        this.settings = settings;
        this.audit = audit;
    }

    @Transactional
    public PhotoView add(UUID assetId, String fileName, byte[] bytes, String caption) {
        assets.require(assetId);
        if (bytes.length == 0) {
            throw new InvalidRequestException("error.empty-file", fileName);
        }
        long max = settings.workOrders().maxAttachmentSize().toBytes();
        if (bytes.length > max) {
            throw new PayloadTooLargeException("error.photo-too-large", fileName, max / (1024 * 1024));
        }
        ImageKind kind = ImageKind.of(fileName, bytes);
        UUID uploader =
                CurrentPrincipal.get().map(MillwrightPrincipal::subjectId).orElse(null);
        AssetPhoto photo = photos.save(new AssetPhoto(
                assetId,
                fileName,
                kind.mediaType(),
                bytes.length,
                MaintenanceFiles.sha256(bytes),
                kind.extension(),
                caption,
                uploader));
        files.write(photo.getStoredPath(), bytes);
        audit.record("asset.photo-added", "asset", assetId, null, PhotoView.of(photo));
        return PhotoView.of(photo);
    }

    @Transactional(readOnly = true)
    public Page<PhotoView> list(UUID assetId, Pageable page) {
        assets.require(assetId);
        return photos.findByAssetId(assetId, page).map(PhotoView::of);
    }

    /** The newest photos of an asset already checked to be visible, for its detail view. */
    @Transactional(readOnly = true)
    public List<PhotoView> newest(UUID assetId) {
        return photos.findTop20ByAssetIdOrderByCreatedAtDesc(assetId).stream()
                .map(PhotoView::of)
                .toList();
    }

    @Transactional(readOnly = true)
    public PhotoView get(UUID assetId, UUID photoId) {
        return PhotoView.of(load(assetId, photoId));
    }

    @Transactional(readOnly = true)
    public PhotoFile file(UUID assetId, UUID photoId) {
        AssetPhoto photo = load(assetId, photoId);
        return new PhotoFile(
                photo.getFileName(),
                photo.getMediaType(),
                photo.getContentHash(),
                files.resolve(photo.getStoredPath()));
    }

    @Transactional
    public void delete(UUID assetId, UUID photoId) {
        AssetPhoto photo = load(assetId, photoId);
        photos.delete(photo);
        files.deleteAfterCommit(photo.getStoredPath());
        audit.record("asset.photo-deleted", "asset", assetId, PhotoView.of(photo), null);
    }

    private AssetPhoto load(UUID assetId, UUID photoId) {
        assets.require(assetId);
        return photos.findByIdAndAssetId(photoId, assetId)
                .orElseThrow(() -> NotFoundException.of("entity.photo", photoId));
    }

    /** A photo as the API shows it; {@code url} serves its bytes. */
    public record PhotoView(
            UUID id,
            UUID assetId,
            String fileName,
            String mediaType,
            long sizeBytes,
            String caption,
            String url,
            Instant createdAt) {

        static PhotoView of(AssetPhoto p) {
            return new PhotoView(
                    p.getId(),
                    p.getAssetId(),
                    p.getFileName(),
                    p.getMediaType(),
                    p.getSizeBytes(),
                    p.getCaption(),
                    "/api/v1/maintenance/assets/" + p.getAssetId() + "/photos/" + p.getId() + "/file",
                    p.getCreatedAt());
        }
    }

    /** A photo's stored bytes, with the content hash that serves as its entity tag. */
    public record PhotoFile(String fileName, String mediaType, String contentHash, Path path) {}
}
