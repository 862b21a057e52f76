package org.millwright.knowledge.internal.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.millwright.knowledge.internal.KnowledgeSettings;
import org.millwright.knowledge.internal.index.EmbeddingProvider;
import org.millwright.knowledge.internal.index.IndexedChunk;
import org.millwright.knowledge.internal.index.KnowledgeIndex;
import org.millwright.platform.jobs.JobHandler;
import org.millwright.platform.tenancy.TenantContext;
import org.springframework.context.annotation.Lazy;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the index of the tenant in context from the database. Documents are read in pages and
 * each document's chunks in pages; chunks without a vector of the configured model (all of them
 * with {@code reembed}) are embedded again in batches and written back; then the document's
 * chunks replace its indexed ones in one commit, so searches keep finding it throughout. Index
 * entries of documents no longer in the database are removed at the end. Only this tenant's rows
 * and index entries are read or written.
 */
@Component
class ReindexJob implements JobHandler {

    static final int DOCUMENT_PAGE = 100;
    static final int CHUNK_PAGE = 500;

    private final KnowledgeDocumentRepository documents;
    private final KnowledgeChunkRepository chunks;
    private final EmbeddingProvider embeddings;
    private final KnowledgeIndex index;
    private final TransactionTemplate tx;
    private final int batch;

    ReindexJob(
            KnowledgeDocumentRepository documents,
            KnowledgeChunkRepository chunks,
            EmbeddingProvider embeddings,
            @Lazy KnowledgeIndex index,
            TransactionTemplate tx,
            KnowledgeSettings settings) {
        this.documents = documents;
        this.chunks = chunks;
        this.embeddings = embeddings;
        this.index = index;
        this.tx = tx;
        this.batch = settings.embedBatch();
    }

    @Override
    public String type() {
        return KnowledgeReindexing.JOB;
    }

    @Override
    public Object run(Map<String, Object> params, Progress progress) {
        UUID tenant = TenantContext.require();
        boolean all = Boolean.parseBoolean(String.valueOf(params.getOrDefault("reembed", false)));
        Reembedder reembedder = new Reembedder(embeddings, batch, all);
        Tally tally = new Tally(documents.chunkCount(DocumentStatus.INDEXED), progress);
        Set<UUID> rebuilt = new HashSet<>();
        List<KnowledgeDocument> page = documents.findByStatusOrderById(DocumentStatus.INDEXED, Limit.of(DOCUMENT_PAGE));
        while (!page.isEmpty()) {
            for (KnowledgeDocument doc : page) {
                rebuild(tenant, doc, reembedder, tally);
                rebuilt.add(doc.getId());
            }
            page = documents.findByStatusAndIdGreaterThanOrderById(
                    DocumentStatus.INDEXED, page.getLast().getId(), Limit.of(DOCUMENT_PAGE));
        }
        int removed = removeStale(tenant, rebuilt);
        return new Result(
                rebuilt.size(), tally.done, tally.reembedded, removed, index.size(tenant), embeddings.modelId());
    }

    private void rebuild(UUID tenant, KnowledgeDocument doc, Reembedder reembedder, Tally tally) {
        List<IndexedChunk> indexed = new ArrayList<>();
        int after = Integer.MIN_VALUE;
        List<KnowledgeChunk> rows;
        while (!(rows = chunks.findByDocumentIdAndOrdinalGreaterThanOrderByOrdinal(
                        doc.getId(), after, Limit.of(CHUNK_PAGE)))
                .isEmpty()) {
            Map<UUID, float[]> fresh = reembedder.embed(doc.getTitle(), rows);
            if (!fresh.isEmpty()) {
                store(rows, fresh, reembedder.modelId());
            }
            indexed.addAll(IndexedChunks.of(tenant, doc, rows));
            tally.add(rows.size(), fresh.size());
            after = rows.getLast().getOrdinal();
        }
        index.replaceDocument(tenant, doc.getId(), indexed);
        Boolean current = tx.execute(s -> documents
                .findById(doc.getId())
                .map(d -> {
                    if (!reembedder.modelId().equals(d.getEmbeddingModel())) {
                        d.reembedded(reembedder.modelId());
                    }
                    return true;
                })
                .orElse(false));
        if (!Boolean.TRUE.equals(current)) {
            // deleted while it was being rebuilt: the deletion's own index delete may have come first
            index.deleteDocument(tenant, doc.getId());
        }
    }

    /** Writes the new vectors to the rows (and to the loaded copies that are about to be indexed). */
    private void store(List<KnowledgeChunk> rows, Map<UUID, float[]> fresh, String model) {
        for (KnowledgeChunk row : rows) {
            float[] vector = fresh.get(row.getId());
            if (vector != null) {
                row.reembedded(VectorCodec.encode(vector), model);
            }
        }
        tx.executeWithoutResult(s -> chunks.findAllById(fresh.keySet())
                .forEach(c -> c.reembedded(VectorCodec.encode(fresh.get(c.getId())), model)));
    }

    /** Removes index entries of the tenant's documents that are no longer in the database. */
    private int removeStale(UUID tenant, Set<UUID> rebuilt) {
        int removed = 0;
        for (UUID id : index.documentIds(tenant)) {
            // checked after reading the index: a document indexed by now is committed in the database
            if (!rebuilt.contains(id) && !documents.existsById(id)) {
                index.deleteDocument(tenant, id);
                removed++;
            }
        }
        return removed;
    }

    /** Chunks done out of the total, reported as the job's progress. */
    private static final class Tally {
        private final long total;
        private final Progress progress;
        private long done;
        private long reembedded;

        Tally(long total, Progress progress) {
            this.total = total;
            this.progress = progress;
            progress.report(0, "0 / " + total + " passages");
        }

        void add(int chunks, int embedded) {
            done += chunks;
            reembedded += embedded;
            int percent = total == 0 ? 0 : (int) Math.min(99, done * 100 / total);
            progress.report(percent, done + " / " + total + " passages, " + reembedded + " embedded again");
        }
    }

    /** What the rebuild did; {@code indexedChunks} counts the tenant's passages now in the index. */
    record Result(int documents, long chunks, long reembedded, int removedDocuments, int indexedChunks, String model) {}
}
