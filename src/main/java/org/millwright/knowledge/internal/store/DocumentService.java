package org.millwright.knowledge.internal.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.millwright.knowledge.internal.KnowledgeSettings;
import org.millwright.knowledge.internal.index.KnowledgeIndex;
import org.millwright.platform.audit.AuditLog;
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
        if (bytes.length == 0) {
            throw new InvalidRequestException("knowledge.empty-file", fileName);
        }
        if (bytes.length > settings.maxFileSize().toBytes()) {
            throw new PayloadTooLargeException(
                    "knowledge.file-too-large", fileName, settings.maxFileSize().toMegabytes());
        }
        if (meta.siteId() != null && !sites.exists(meta.siteId())) {
            throw new InvalidRequestException("error.unknown-site", meta.siteId());
        }
        String hash = Secrets.sha256Hex(bytes);
        var existing = documents.findByContentHash(hash);
        if (existing.isPresent()) {
            return new Upload(DocumentView.of(existing.get()), true);
        }
        if (documents.totalBytes() + bytes.length > settings.maxTenantStorage().toBytes()) {
            throw new PayloadTooLargeException(
                    "knowledge.tenant-full", settings.maxTenantStorage().toMegabytes());
        }
        UUID author = CurrentPrincipal.get().map(MillwrightPrincipal::subjectId).orElse(null);
        KnowledgeDocument saved = tx.execute(s -> {
            KnowledgeDocument doc =
                    documents.save(new KnowledgeDocument(kind, fileName, mediaType, bytes.length, hash, meta, author));
            write(fileOf(doc.getId()), bytes);
            audit.record("knowledge.document-uploaded", "document", doc.getId(), null, DocumentView.of(doc));
            return doc;
        });
        UUID job = jobs.submit(INGEST_JOB, Map.of("documentId", saved.getId().toString()))
                .id();
        KnowledgeDocument queued = tx.execute(s -> {
            KnowledgeDocument doc = documents.findById(saved.getId()).orElseThrow();
            doc.queued(job);
            return doc;
        });
        return new Upload(DocumentView.of(queued), false);
    }

    public Page<DocumentView> list(Pageable page) {
        return documents.findAll(page).map(DocumentView::of);
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
        KnowledgeDocument doc = load(id);
        UUID tenant = TenantContext.require();
        tx.executeWithoutResult(s -> {
            chunks.deleteByDocument(id);
            documents.delete(doc);
            audit.record("knowledge.document-deleted", "document", id, DocumentView.of(doc), null);
        });
        index.deleteDocument(tenant, id);
        try {
            Files.deleteIfExists(fileOf(id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path fileOf(UUID documentId) {
        return files.folder("files", TenantContext.require())
                .resolve("knowledge")
                .resolve(documentId.toString());
    }

    private KnowledgeDocument load(UUID id) {
        return documents.findById(id).orElseThrow(() -> NotFoundException.of("entity.document", id));
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
}
