package org.millwright.knowledge.internal.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.millwright.knowledge.internal.KnowledgeSettings;
import org.millwright.knowledge.internal.index.KnowledgeIndex;
import org.millwright.platform.audit.AuditLog;
import org.millwright.platform.error.ConflictException;
import org.millwright.platform.error.InvalidRequestException;
import org.millwright.platform.error.NotFoundException;
import org.millwright.platform.error.PayloadTooLargeException;
import org.millwright.platform.jobs.Jobs;
import org.millwright.platform.security.CurrentPrincipal;
import org.millwright.platform.security.MillwrightPrincipal;
import org.millwright.platform.security.Secrets;
import org.millwright.platform.tenancy.SiteService;
import org.millwright.platform.tenancy.TenantContext;
import org.millwright.platform.tenancy.TenantFiles;
import org.springframework.context.annotation.Lazy;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Documents of the tenant in context: stored under the tenant's files, recognised by content hash
 * (the same bytes twice are one document), indexed by a background job, deleted with their chunks.
 * Images are stored the same way (see {@link ImageService}) but are not documents to this API.
 */
@Service
public class DocumentService {

    static final String INGEST_JOB = "knowledge-ingest";
    private final KnowledgeDocumentRepository documents;
    private final KnowledgeChunkRepository chunks;
    private final KnowledgeIndex index;
    private final SiteService sites;
    private final TenantFiles files;
    private final Jobs jobs;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final KnowledgeSettings settings;

    DocumentService(
            KnowledgeDocumentRepository documents,
            KnowledgeChunkRepository chunks,
            @Lazy KnowledgeIndex index,
            SiteService sites,
            TenantFiles files,
            Jobs jobs,
            AuditLog audit,
            TransactionTemplate tx,
            KnowledgeSettings settings) {
        this.documents = documents;
        this.chunks = chunks;
        this.index = index;
        this.sites = sites;
        this.files = files;
        this.jobs = jobs;
        this.audit = audit;
        this.tx = tx;
        this.settings = settings;
    }

    /** Stores one file and queues its indexing; an identical file already stored is returned instead. */
    public Upload upload(String kind, String fileName, String mediaType, byte[] bytes, UploadMetadata meta) {
        if (bytes.length > settings.maxFileSize().toBytes()) {
            throw new PayloadTooLargeException(
                    "knowledge.file-too-large", fileName, settings.maxFileSize().toMegabytes());
        }
        Stored stored = store(kind, fileName, mediaType, bytes, meta, doc -> {});
        return new Upload(DocumentView.of(stored.document()), stored.duplicate());
    }

    /**
     * Stores a file of any kind (its size already checked by the caller) and queues its indexing.
     * The same bytes stored before are returned as a duplicate; stored as an image on one side and
     * as a document or note on the other, they are a conflict, since one row cannot be both.
     */
    Stored store(
            String kind,
            String fileName,
            String mediaType,
            byte[] bytes,
            UploadMetadata meta,
            Consumer<KnowledgeDocument> details) {
        if (bytes.length == 0) {
            throw new InvalidRequestException("knowledge.empty-file", fileName);
        }
        if (meta.siteId() != null && !sites.exists(meta.siteId())) {
            throw new InvalidRequestException("error.unknown-site", meta.siteId());
        }
        String hash = Secrets.sha256Hex(bytes);
        var existing = documents.findByContentHash(hash);
        if (existing.isPresent()) {
            KnowledgeDocument found = existing.get();
            if (found.isImage() != KnowledgeDocument.IMAGE.equals(kind)) {
                throw new ConflictException(
                        found.isImage() ? "knowledge.stored-as-image" : "knowledge.stored-as-document",
                        fileName,
                        found.getTitle());
            }
            return new Stored(found, true);
        }
        if (documents.totalBytes() + bytes.length > settings.maxTenantStorage().toBytes()) {
            throw new PayloadTooLargeException(
                    "knowledge.tenant-full", settings.maxTenantStorage().toMegabytes());
        }
        UUID author = CurrentPrincipal.get().map(MillwrightPrincipal::subjectId).orElse(null);
        KnowledgeDocument saved = tx.execute(s -> {
            KnowledgeDocument created =
                    new KnowledgeDocument(kind, fileName, mediaType, bytes.length, hash, meta, author);
            details.accept(created);
            KnowledgeDocument doc = documents.save(created);
            write(fileOf(doc.getId()), bytes);
            audit.record(auditAction(doc, "uploaded"), auditEntity(doc), doc.getId(), null, DocumentView.of(doc));
            return doc;
        });
        UUID job = jobs.submit(INGEST_JOB, Map.of("documentId", saved.getId().toString()))
                .id();
        KnowledgeDocument queued = tx.execute(s -> {
            KnowledgeDocument doc = documents.findById(saved.getId()).orElseThrow();
            doc.queued(job);
            return doc;
        });
        return new Stored(queued, false);
    }

    /** Documents and notes; images are listed by {@link ImageService}. */
    public Page<DocumentView> list(Pageable page) {
        return documents.findByKindNot(KnowledgeDocument.IMAGE, page).map(DocumentView::of);
    }

    public DocumentView get(UUID id) {
        return DocumentView.of(load(id));
    }

    public Download download(UUID id) {
        KnowledgeDocument doc = load(id);
        return new Download(doc.getFileName(), doc.getMediaType(), fileOf(id));
    }

    /** Removes the document, its chunks (database and index) and its file. */
    public void delete(UUID id) {
        remove(load(id));
    }

    /** Removes a stored file of any kind with its chunks (database and index). */
    void remove(KnowledgeDocument doc) {
        UUID id = doc.getId();
        UUID tenant = TenantContext.require();
        tx.executeWithoutResult(s -> {
            chunks.deleteByDocument(id);
            documents.delete(doc);
            audit.record(auditAction(doc, "deleted"), auditEntity(doc), id, DocumentView.of(doc), null);
        });
        index.deleteDocument(tenant, id);
        try {
            Files.deleteIfExists(fileOf(id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String auditEntity(KnowledgeDocument doc) {
        return doc.isImage() ? "image" : "document";
    }

    private static String auditAction(KnowledgeDocument doc, String event) {
        return "knowledge." + auditEntity(doc) + "-" + event;
    }

    Path fileOf(UUID documentId) {
        return files.folder("files", TenantContext.require())
                .resolve("knowledge")
                .resolve(documentId.toString());
    }

    /** A document or note: an image is not one (it has its own endpoints). */
    private KnowledgeDocument load(UUID id) {
        return documents
                .findById(id)
                .filter(d -> !d.isImage())
                .orElseThrow(() -> NotFoundException.of("entity.document", id));
    }

    private static void write(Path path, byte[] bytes) {
        try {
            Files.createDirectories(path.getParent());
            Files.write(path, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store " + path, e);
        }
    }

    /** The outcome of one upload: the document and whether it was already there. */
    public record Upload(DocumentView document, boolean duplicate) {}

    /** A stored file to send back. */
    public record Download(String fileName, String mediaType, Path path) {}

    /** A stored row and whether it was there before. */
    record Stored(KnowledgeDocument document, boolean duplicate) {}
}
