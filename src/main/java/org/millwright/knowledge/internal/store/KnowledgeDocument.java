package org.millwright.knowledge.internal.store;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.millwright.platform.tenancy.TenantScoped;

/** An uploaded document, a technician's note or a captioned image: its file, metadata and indexing status. */
@Entity
@Table(name = "knowledge_documents")
public class KnowledgeDocument extends TenantScoped {

    /** The kind of a captioned image; its title is the caption. */
    public static final String IMAGE = "image";

    @Column(nullable = false, length = 20)
    private String kind;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "file_name", nullable = false, length = 300)
    private String fileName;

    @Column(name = "media_type", length = 150)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(length = 5)
    private String language;

    @Column(name = "site_id")
    private UUID siteId;

    @Column(name = "asset_type", length = 40)
    private String assetType;

    @Column(length = 1000)
    private String tags;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DocumentStatus status = DocumentStatus.PENDING;

    @Column(name = "status_reason", length = 1000)
    private String statusReason;

    private Integer pages;

    @Column(name = "chunk_count", nullable = false)
    private int chunkCount;

    @Column(name = "embedding_model", length = 150)
    private String embeddingModel;

    @Column(name = "author_id")
    private UUID authorId;

    @Column(name = "job_id")
    private UUID jobId;

    private Integer width;

    private Integer height;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "knowledge_document_assets", joinColumns = @JoinColumn(name = "document_id"))
    @Column(name = "asset_id")
    private Set<UUID> assetIds = new HashSet<>();

    protected KnowledgeDocument() {}

    public KnowledgeDocument(
            String kind,
            String fileName,
            String mediaType,
            long sizeBytes,
            String contentHash,
            UploadMetadata meta,
            UUID authorId) {
        this.kind = kind;
        this.fileName = fileName;
        this.title = meta.title() == null || meta.title().isBlank()
                ? fileName
                : meta.title().strip();
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.contentHash = contentHash;
        this.language = meta.language();
        this.siteId = meta.siteId();
        this.assetType = meta.assetType();
        this.tags = meta.tags() == null ? null : String.join(",", meta.tags());
        this.assetIds = new HashSet<>(meta.assetIds());
        this.authorId = authorId;
    }

    /** The pixel size of an image, when its format could be read. */
    public void sized(Integer widthPixels, Integer heightPixels) {
        this.width = widthPixels;
        this.height = heightPixels;
    }

    public boolean isImage() {
        return IMAGE.equals(kind);
    }

    public void queued(UUID job) {
        this.jobId = job;
    }

    public void processing() {
        this.status = DocumentStatus.PROCESSING;
    }

    /** Searchable now; {@code note} (or null) says how it was read, e.g. that pages were OCR'd. */
    public void indexed(
            String detectedTitle, String detectedLanguage, Integer pageCount, int chunks, String model, String note) {
        if (title.equals(fileName) && detectedTitle != null && !detectedTitle.isBlank()) {
            title = detectedTitle.length() > 300 ? detectedTitle.substring(0, 300) : detectedTitle;
        }
        if (language == null) {
            language = detectedLanguage;
        }
        this.pages = pageCount;
        this.chunkCount = chunks;
        this.embeddingModel = model;
        this.status = DocumentStatus.INDEXED;
        this.statusReason = note;
    }

    /** All chunks now carry vectors of {@code model} (after a rebuild re-embedded them). */
    public void reembedded(String model) {
        this.embeddingModel = model;
    }

    public void refused(DocumentStatus newStatus, String reason) {
        this.status = newStatus;
        this.statusReason = reason == null || reason.length() <= 1000 ? reason : reason.substring(0, 1000);
    }

    public String getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
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

    public String getLanguage() {
        return language;
    }

    public UUID getSiteId() {
        return siteId;
    }

    public String getAssetType() {
        return assetType;
    }

    public String getTags() {
        return tags;
    }

    public DocumentStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public Integer getPages() {
        return pages;
    }

    public int getChunkCount() {
        return chunkCount;
    }

    public String getEmbeddingModel() {
        return embeddingModel;
    }

    public UUID getAuthorId() {
        return authorId;
    }

    public UUID getJobId() {
        return jobId;
    }

    public Integer getWidth() {
        return width;
    }

    public Integer getHeight() {
        return height;
    }

    public Set<UUID> getAssetIds() {
        return Set.copyOf(assetIds);
    }
}
