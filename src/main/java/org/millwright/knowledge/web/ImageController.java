package org.millwright.knowledge.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.millwright.knowledge.internal.store.ImageService;
import org.millwright.knowledge.internal.store.ImageView;
import org.millwright.knowledge.internal.store.UploadMetadata;
import org.millwright.platform.error.InvalidRequestException;
import org.millwright.platform.web.PageResponse;
import org.millwright.platform.web.Paging;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.Sort;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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

@Tag(
        name = "Knowledge images",
        description = "Captioned photos and drawings linked to machines, found by caption and returned with answers")
@RestController
@RequestMapping("/api/v1/knowledge/images")
class ImageController {

    static final int MAX_CAPTION = 300;
    private static final int MAX_ASSET_TYPE = 40;
    private static final int MAX_TAGS = 1000;
    /** An image's bytes never change under its id, so a client may keep them a day without asking. */
    private static final CacheControl CACHE =
            CacheControl.maxAge(Duration.ofDays(1)).cachePrivate();

    private final ImageService images;
    private final Paging paging;

    ImageController(ImageService images, Paging paging) {
        this.images = images;
        this.paging = paging;
    }

    @Operation(
            summary = "Upload one image (PNG, JPEG, WebP or GIF) with a caption; its caption is indexed by a"
                    + " background job (see jobId). 202 when stored, 200 when the same bytes were already there")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('TECHNICIAN')")
    ResponseEntity<ImageService.Upload> upload(
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String caption,
            @RequestParam(required = false) UUID siteId,
            @RequestParam(required = false) String assetType,
            @RequestParam(required = false) List<UUID> assetIds,
            @RequestParam(required = false) String language,
            @RequestParam(required = false) List<String> tags) {
        if (file == null) {
            throw new InvalidRequestException("knowledge.image-missing");
        }
        if (caption == null || caption.isBlank() || caption.strip().length() > MAX_CAPTION) {
            throw new InvalidRequestException("knowledge.caption", MAX_CAPTION);
        }
        if (language != null && !language.matches("es|en")) {
            throw new InvalidRequestException("knowledge.language", language);
        }
        if (assetType != null && assetType.length() > MAX_ASSET_TYPE) {
            throw new InvalidRequestException("knowledge.asset-type", MAX_ASSET_TYPE);
        }
        if (tags != null && String.join(",", tags).length() > MAX_TAGS) {
            throw new InvalidRequestException("knowledge.tags", MAX_TAGS);
        }
        var meta = new UploadMetadata(caption.strip(), siteId, assetType, assetIds, language, tags);
        var upload = images.upload(Uploads.name(file), Uploads.bytes(file), meta);
        return ResponseEntity.status(upload.duplicate() ? HttpStatus.OK : HttpStatus.ACCEPTED)
                .body(upload);
    }

    @Operation(summary = "Images, newest first; assetId keeps those linked to one machine")
    @GetMapping
    @PreAuthorize("hasRole('OPERATOR')")
    PageResponse<ImageView> list(
            @RequestParam(required = false) UUID assetId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(
                images.list(assetId, paging.of(page, size, Sort.by("createdAt").descending())));
    }

    @Operation(summary = "An image's caption, links, size, indexing status and url")
    @GetMapping("/{id}")
    @PreAuthorize("hasRole('OPERATOR')")
    ImageView get(@PathVariable UUID id) {
        return images.get(id);
    }

    @Operation(summary = "The image itself, with its media type; the ETag is its content hash")
    @GetMapping("/{id}/file")
    @PreAuthorize("hasRole('OPERATOR')")
    ResponseEntity<Resource> file(@PathVariable UUID id) {
        var image = images.file(id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(image.mediaType()))
                .eTag(image.contentHash())
                .cacheControl(CACHE)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(image.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(new FileSystemResource(image.path()));
    }

    @Operation(summary = "Delete an image, its passage and its file")
    @DeleteMapping("/{id}")
    @PreAuthorize("hasRole('SUPERVISOR')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id) {
        images.delete(id);
    }
}
