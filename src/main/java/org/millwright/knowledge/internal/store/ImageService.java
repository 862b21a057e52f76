package org.millwright.knowledge.internal.store;

import java.nio.file.Path;
import java.util.UUID;
import org.millwright.knowledge.internal.KnowledgeSettings;
import org.millwright.platform.assets.AssetDirectory;
import org.millwright.platform.error.InvalidRequestException;
import org.millwright.platform.error.NotFoundException;
import org.millwright.platform.error.PayloadTooLargeException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * Captioned images of the tenant in context: checked to be a real PNG, JPEG, GIF or WebP, linked
 * to existing machines, then stored, deduplicated and deleted like documents. Their one passage
 * (the caption and the linked machines' codes and names, see {@link ImageCaptions}) is indexed by
 * the same background job; the image bytes themselves are never parsed.
 */
@Service
public class ImageService {

    /** Most machines one image may be linked to. */
    public static final int MAX_ASSETS = 20;

    private final DocumentService documents;
    private final KnowledgeDocumentRepository repository;
    private final AssetDirectory assets;
    private final KnowledgeSettings settings;

    ImageService(
            DocumentService documents,
            KnowledgeDocumentRepository repository,
            AssetDirectory assets,
            KnowledgeSettings settings) {
        this.documents = documents;
        this.repository = repository;
        this.assets = assets;
        this.settings = settings;
    }

    /** Stores one image (its caption is {@code meta.title()}) and queues the indexing of its caption. */
    public Upload upload(String fileName, byte[] bytes, UploadMetadata meta) {
        if (bytes.length == 0) {
            throw new InvalidRequestException("knowledge.empty-file", fileName);
        }
        if (bytes.length > settings.maxImageSize().toBytes()) {
            throw new PayloadTooLargeException(
                    "knowledge.image-too-large",
                    fileName,
                    settings.maxImageSize().toMegabytes());
        }
        ImageFile image = ImageFile.inspect(fileName, bytes);
        if (meta.assetIds().stream().distinct().count() > MAX_ASSETS) {
            throw new InvalidRequestException("knowledge.asset-count", MAX_ASSETS);
        }
        for (UUID assetId : meta.assetIds()) {
            if (assets.find(assetId).isEmpty()) {
                throw new InvalidRequestException("knowledge.unknown-asset", assetId);
            }
        }
        var stored = documents.store(
                KnowledgeDocument.IMAGE,
                fileName,
                image.format().mediaType(),
                bytes,
                meta,
                doc -> doc.sized(image.width(), image.height()));
        return new Upload(ImageView.of(stored.document()), stored.duplicate());
    }

    /** The images, or those linked to one machine. */
    public Page<ImageView> list(UUID assetId, Pageable page) {
        Page<KnowledgeDocument> found = assetId == null
                ? repository.findByKind(KnowledgeDocument.IMAGE, page)
                : repository.findByKindAndAsset(KnowledgeDocument.IMAGE, assetId, page);
        return found.map(ImageView::of);
    }

    public ImageView get(UUID id) {
        return ImageView.of(load(id));
    }

    public ImageBytes file(UUID id) {
        KnowledgeDocument image = load(id);
        return new ImageBytes(image.getFileName(), image.getMediaType(), image.getContentHash(), documents.fileOf(id));
    }

    /** Removes the image, its passage (database and index) and its file. */
    public void delete(UUID id) {
        documents.remove(load(id));
    }

    private KnowledgeDocument load(UUID id) {
        return repository
                .findById(id)
                .filter(KnowledgeDocument::isImage)
                .orElseThrow(() -> NotFoundException.of("entity.image", id));
    }

    /** The outcome of one upload: the image and whether the same bytes were already stored. */
    public record Upload(ImageView image, boolean duplicate) {}

    /** An image's stored bytes, with the content hash that serves as its entity tag. */
    public record ImageBytes(String fileName, String mediaType, String contentHash, Path path) {}
}
