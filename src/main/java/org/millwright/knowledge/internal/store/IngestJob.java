package org.millwright.knowledge.internal.store;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.millwright.knowledge.internal.KnowledgeSettings;
import org.millwright.knowledge.internal.index.EmbeddingFailure;
import org.millwright.knowledge.internal.index.EmbeddingProvider;
import org.millwright.knowledge.internal.index.KnowledgeIndex;
import org.millwright.knowledge.internal.parsing.Block;
import org.millwright.knowledge.internal.parsing.ChunkDraft;
import org.millwright.knowledge.internal.parsing.Chunker;
import org.millwright.knowledge.internal.parsing.DocumentParser;
import org.millwright.knowledge.internal.parsing.ParseFailure;
import org.millwright.knowledge.internal.parsing.ParsedDocument;
import org.millwright.platform.jobs.JobHandler;
import org.millwright.platform.tenancy.TenantContext;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Indexes one document: parse (per page, with sections) → chunk → embed in batches → store the
 * chunks → one atomic index commit, so a document is searchable whole or not at all. A file that
 * cannot be read marks the document with the reason and fails the job with it.
 */
@Component
class IngestJob implements JobHandler {

    private final KnowledgeDocumentRepository documents;
    private final KnowledgeChunkRepository chunks;
    private final DocumentService service;
    private final DocumentParser parser;
    private final ImageCaptions captions;
    private final Chunker chunker;
    private final EmbeddingProvider embeddings;
    private final KnowledgeIndex index;
    private final TransactionTemplate tx;
    private final int batch;

    IngestJob(
            KnowledgeDocumentRepository documents,
            KnowledgeChunkRepository chunks,
            DocumentService service,
            @Lazy DocumentParser parser,
            ImageCaptions captions,
            Chunker chunker,
            EmbeddingProvider embeddings,
            @Lazy KnowledgeIndex index,
            TransactionTemplate tx,
            KnowledgeSettings settings) {
        this.documents = documents;
        this.chunks = chunks;
        this.service = service;
        this.parser = parser;
        this.captions = captions;
        this.chunker = chunker;
        this.embeddings = embeddings;
        this.index = index;
        this.tx = tx;
        this.batch = settings.embedBatch();
    }

    @Override
    public String type() {
        return DocumentService.INGEST_JOB;
    }

    @Override
    public Object run(Map<String, Object> params, Progress progress) throws Exception {
        UUID id = UUID.fromString(params.get("documentId").toString());
        KnowledgeDocument doc = update(id, KnowledgeDocument::processing);
        if (doc == null) {
            return Map.of("documentId", id, "deleted", true);
        }
        long start = System.nanoTime();
        // An image is not parsed: its one passage is its caption and the machines it is linked to.
        ParsedDocument parsed =
                doc.isImage() ? captions.parsed(doc) : parse(doc, Files.readAllBytes(service.fileOf(id)), progress);
        List<ChunkDraft> drafts = doc.isImage() ? ImageCaptions.drafts(parsed) : chunker.chunk(parsed.blocks());
        long parsedAt = System.nanoTime();
        progress.report(10, parsedNote(parsed, drafts.size()));
        List<float[]> vectors = embed(doc, drafts, progress);
        long embeddedAt = System.nanoTime();
        String language = doc.getLanguage() != null ? doc.getLanguage() : parsed.language();
        List<KnowledgeChunk> rows = rows(id, drafts, vectors, language);
        KnowledgeDocument stored = tx.execute(s -> {
            var current = documents.findById(id);
            if (current.isEmpty()) {
                return null;
            }
            chunks.deleteByDocument(id);
            chunks.saveAll(rows);
            current.get()
                    .indexed(
                            parsed.title(),
                            parsed.language(),
                            pages(parsed),
                            rows.size(),
                            embeddings.modelId(),
                            ocrNote(parsed));
            return current.get();
        });
        long storedAt = System.nanoTime();
        UUID tenant = TenantContext.require();
        if (stored != null) { // as stored now: with the title found in the file; one atomic index write
            index.replaceDocument(tenant, id, IndexedChunks.of(tenant, stored, rows));
        }
        long indexedAt = System.nanoTime();
        if (stored == null || documents.findById(id).isEmpty()) {
            index.deleteDocument(tenant, id);
            return Map.of("documentId", id, "deleted", true);
        }
        return Map.of(
                "documentId",
                id,
                "chunks",
                rows.size(),
                "pages",
                pages(parsed) == null ? 0 : pages(parsed),
                "ocrPages",
                parsed.ocrPages(),
                "millis",
                new StageMillis(start, parsedAt, embeddedAt, storedAt, indexedAt));
    }

    /** How long each stage of the job took, in milliseconds: shown with the job's result. */
    record StageMillis(long parse, long embed, long store, long index) {

        StageMillis(long start, long parsed, long embedded, long stored, long indexed) {
            this(millis(start, parsed), millis(parsed, embedded), millis(embedded, stored), millis(stored, indexed));
        }

        private static long millis(long from, long to) {
            return (to - from) / 1_000_000;
        }
    }

    private static String parsedNote(ParsedDocument parsed, int chunkCount) {
        Integer pages = pages(parsed);
        String ocr = parsed.ocrPages() > 0 ? " (" + parsed.ocrPages() + " by OCR)" : "";
        return "parsed: " + (pages == null ? "" : pages + " pages" + ocr + ", ") + chunkCount + " chunks";
    }

    /** The status reason of a document read partly by OCR, so that people know; null otherwise. */
    private static String ocrNote(ParsedDocument parsed) {
        return parsed.ocrPages() == 0
                ? null
                : "ocr: " + parsed.ocrPages() + " of " + pages(parsed) + " pages read by text recognition";
    }

    private ParsedDocument parse(KnowledgeDocument doc, byte[] bytes, Progress progress) {
        try {
            return parser.parse(
                    bytes,
                    doc.getFileName(),
                    doc.getMediaType(),
                    (done, total) -> progress.report(9 * done / total, "OCR: " + done + " of " + total + " pages"));
        } catch (ParseFailure e) {
            DocumentStatus status =
                    e.reason() == ParseFailure.Reason.NEEDS_OCR ? DocumentStatus.NEEDS_OCR : DocumentStatus.FAILED;
            update(doc.getId(), d -> d.refused(status, e.getMessage()));
            throw e;
        }
    }

    private List<float[]> embed(KnowledgeDocument doc, List<ChunkDraft> drafts, Progress progress) {
        List<float[]> vectors = new ArrayList<>(drafts.size());
        for (int from = 0; from < drafts.size(); from += batch) {
            List<String> texts = drafts.subList(from, Math.min(drafts.size(), from + batch)).stream()
                    .map(d -> embeddingText(doc.getTitle(), d))
                    .toList();
            vectors.addAll(embedOrRefuse(doc, texts));
            progress.report(10 + 80 * vectors.size() / Math.max(1, drafts.size()), vectors.size() + " chunks embedded");
        }
        return vectors;
    }

    /** A model that cannot embed marks the document FAILED with the reason, then fails the job with it. */
    private List<float[]> embedOrRefuse(KnowledgeDocument doc, List<String> texts) {
        try {
            return embeddings.embed(texts);
        } catch (EmbeddingFailure e) {
            update(doc.getId(), d -> d.refused(DocumentStatus.FAILED, e.getMessage()));
            throw e;
        }
    }

    /** What is embedded: title and section give a passage its context. */
    static String embeddingText(String title, ChunkDraft d) {
        return IndexedChunks.embeddingText(
                title, String.join(IndexedChunks.SECTION_SEPARATOR, d.sectionPath()), d.text());
    }

    private List<KnowledgeChunk> rows(UUID id, List<ChunkDraft> drafts, List<float[]> vectors, String language) {
        List<KnowledgeChunk> rows = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            ChunkDraft d = drafts.get(i);
            rows.add(new KnowledgeChunk(
                    id,
                    d.ordinal(),
                    d.text(),
                    String.join(IndexedChunks.SECTION_SEPARATOR, d.sectionPath()),
                    d.page(),
                    d.lineStart(),
                    d.lineEnd(),
                    d.charStart(),
                    d.charEnd(),
                    language,
                    VectorCodec.encode(vectors.get(i)),
                    embeddings.modelId()));
        }
        return rows;
    }

    private static Integer pages(ParsedDocument parsed) {
        return parsed.blocks().stream()
                .map(Block::page)
                .filter(p -> p != null)
                .max(Integer::compare)
                .orElse(null);
    }

    private KnowledgeDocument update(UUID id, java.util.function.Consumer<KnowledgeDocument> change) {
        return tx.execute(s -> documents
                .findById(id)
                .map(d -> {
                    change.accept(d);
                    return d;
                })
                .orElse(null));
    }
}
