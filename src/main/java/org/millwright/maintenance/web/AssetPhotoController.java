package org.millwright.maintenance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import org.millwright.maintenance.internal.photo.AssetPhotos;
import org.millwright.maintenance.internal.photo.AssetPhotos.PhotoView;
import org.millwright.platform.error.InvalidRequestException;
import org.millwright.platform.web.PageResponse;
import org.millwright.platform.web.Paging;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@Tag(name = "Asset photos", description = "Photos of a machine (PNG, JPEG or WebP)")
@RestController
@RequestMapping("/api/v1/maintenance/assets/{assetId}/photos")
class AssetPhotoController {

    static final int MAX_CAPTION = 300;
    private final AssetPhotos photos;
    private final Paging paging;

    AssetPhotoController(AssetPhotos photos, Paging paging) {
        this.photos = photos;
        this.paging = paging;
    }

    @Operation(
            summary = "Add a photo (part \"file\"; PNG, JPEG or WebP by its bytes, at most"
                    + " MILLWRIGHT_WORK_ORDER_MAX_ATTACHMENT) with an optional caption")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('TECHNICIAN')")
    ResponseEntity<PhotoView> add(
            @PathVariable UUID assetId,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String caption) {
        if (file == null) {
            throw new InvalidRequestException("error.photo-missing");
        }
        if (caption != null && caption.strip().length() > MAX_CAPTION) {
            throw new InvalidRequestException("error.caption-long", MAX_CAPTION);
        }
        String cleanCaption = caption == null || caption.isBlank() ? null : caption.strip();
        PhotoView photo = photos.add(assetId, Uploads.name(file), Uploads.bytes(file), cleanCaption);
        return ResponseEntity.created(URI.create(photo.url().replaceFirst("/file$", "")))
                .body(photo);
    }

    @Operation(summary = "An asset's photos, newest first")
    @GetMapping
    @PreAuthorize("hasRole('OPERATOR')")
    PageResponse<PhotoView> list(
            @PathVariable UUID assetId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(
                photos.list(assetId, paging.of(page, size, Sort.by("createdAt").descending())));
    }

    @GetMapping("/{photoId}")
    @PreAuthorize("hasRole('OPERATOR')")
    PhotoView get(@PathVariable UUID assetId, @PathVariable UUID photoId) {
        return photos.get(assetId, photoId);
    }

    @Operation(summary = "The photo itself; the ETag is its content hash")
    @GetMapping("/{photoId}/file")
    @PreAuthorize("hasRole('OPERATOR')")
    ResponseEntity<Resource> file(@PathVariable UUID assetId, @PathVariable UUID photoId) {
        var file = photos.file(assetId, photoId);
        return StoredFiles.inline(file.fileName(), file.mediaType(), file.contentHash(), file.path());
    }

    @DeleteMapping("/{photoId}")
    @PreAuthorize("hasRole('SUPERVISOR')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID assetId, @PathVariable UUID photoId) {
        photos.delete(assetId, photoId);
    }
}
