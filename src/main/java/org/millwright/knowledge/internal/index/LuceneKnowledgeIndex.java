package org.millwright.knowledge.internal.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.store.NIOFSDirectory;

/**
 * {@link KnowledgeIndex} on one local Lucene index directory (memory-mapped). Writes are serialised
 * and each call ends with a commit and a searcher refresh, so a call's chunks become visible (and
 * durable) together. Searches run concurrently on the current searcher. Each commit records the
 * field layout and the embedding models of the live chunks, so {@link #inspect} can tell without
 * opening the index whether it must be rebuilt.
 */
public final class LuceneKnowledgeIndex implements KnowledgeIndex {

    /** The field layout written by this version; an index of another layout is rebuilt. */
    static final String LAYOUT = "2";

    static final String LAYOUT_KEY = "millwright.layout";
    static final String MODELS_KEY = "millwright.models";

    private final MMapDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final KnowledgeSearch search;
    private final Object writeLock = new Object();

    public LuceneKnowledgeIndex(Path indexDirectory) {
        this(indexDirectory, FusionWeights.DEFAULT);
    }

    public LuceneKnowledgeIndex(Path indexDirectory, FusionWeights weights) {
        try {
            Analyzer perField = KnowledgeAnalyzers.perField();
            this.directory = new MMapDirectory(indexDirectory);
            IndexWriterConfig config = new IndexWriterConfig(perField)
                    .setCodec(new KnowledgeCodec())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            this.writer = new IndexWriter(directory, config);
            this.searchers = new SearcherManager(writer, new SearcherFactory());
            this.search = new KnowledgeSearch(
                    new KnowledgeQueries(KnowledgeAnalyzers.spanish(), KnowledgeAnalyzers.english()),
                    new SnippetHighlighter(perField),
                    weights);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open knowledge index at " + indexDirectory, e);
        }
    }

    @Override
    public void index(List<IndexedChunk> chunks) {
        // Build and check everything first, so that a bad chunk fails the call before any write.
        List<Document> documents = chunks.stream().map(ChunkFields::toDocument).toList();
        write(() -> {
            checkDimensions(chunks);
            add(chunks, documents);
        });
    }

    @Override
    public void replaceDocument(UUID tenantId, UUID documentId, List<IndexedChunk> chunks) {
        for (IndexedChunk chunk : chunks) {
            if (!chunk.tenantId().equals(tenantId) || !chunk.documentId().equals(documentId)) {
                throw new IllegalArgumentException("chunk " + chunk.chunkId() + " is not of document " + documentId);
            }
        }
        List<Document> documents = chunks.stream().map(ChunkFields::toDocument).toList();
        write(() -> {
            checkDimensions(chunks);
            // Deletes apply to what was indexed before them, so the new chunks below survive it.
            writer.deleteDocuments(document(tenantId, documentId));
            add(chunks, documents);
        });
    }

    private void add(List<IndexedChunk> chunks, List<Document> documents) throws IOException {
        for (int i = 0; i < chunks.size(); i++) {
            IndexedChunk chunk = chunks.get(i);
            writer.updateDocument(ChunkFields.key(chunk.tenantId(), chunk.chunkId()), documents.get(i));
        }
    }

    private void checkDimensions(List<IndexedChunk> chunks) {
        withSearcher(s -> {
            IndexInspector.checkDimensions(s, chunks);
            return null;
        });
    }

    private static Query document(UUID tenantId, UUID documentId) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(ChunkFields.TENANT, tenantId.toString())), Occur.FILTER)
                .add(new TermQuery(new Term(ChunkFields.DOCUMENT, documentId.toString())), Occur.FILTER)
                .build();
    }

    @Override
    public void deleteDocument(UUID tenantId, UUID documentId) {
        write(() -> writer.deleteDocuments(document(tenantId, documentId)));
    }

    @Override
    public void deleteTenant(UUID tenantId) {
        write(() -> writer.deleteDocuments(new Term(ChunkFields.TENANT, tenantId.toString())));
    }

    @Override
    public void clear() {
        write(writer::deleteAll);
    }

    @Override
    public List<SearchHit> search(SearchRequest request) {
        return withSearcher(s -> search.search(s, request));
    }

    @Override
    public Set<String> indexedModels() {
        return withSearcher(IndexInspector::models);
    }

    @Override
    public Set<UUID> documentIds(UUID tenantId) {
        return withSearcher(s -> IndexInspector.documents(s, tenantId));
    }

    @Override
    public int size() {
        return withSearcher(s -> s.getIndexReader().numDocs());
    }

    @Override
    public int size(UUID tenantId) {
        return withSearcher(s -> s.count(new TermQuery(new Term(ChunkFields.TENANT, tenantId.toString()))));
    }

    /**
     * What the index folder holds according to its last commit, read without opening the index
     * (no writer, no lock, no searcher): cheap enough to run at start-up.
     */
    public static IndexFolder inspect(Path indexDirectory) {
        if (!Files.isDirectory(indexDirectory)) {
            return IndexFolder.MISSING;
        }
        try (Directory dir = new NIOFSDirectory(indexDirectory)) {
            if (!DirectoryReader.indexExists(dir)) {
                return IndexFolder.MISSING;
            }
            SegmentInfos commit = SegmentInfos.readLatestCommit(dir);
            long chunks = 0;
            for (SegmentCommitInfo segment : commit) {
                chunks += segment.info.maxDoc() - segment.getDelCount() - segment.getSoftDelCount();
            }
            Map<String, String> data = commit.getUserData();
            String models = data.getOrDefault(MODELS_KEY, "");
            return new IndexFolder(
                    true,
                    chunks,
                    data.get(LAYOUT_KEY),
                    models.isEmpty() ? Set.of() : new TreeSet<>(Arrays.asList(models.split("\n"))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the knowledge index at " + indexDirectory, e);
        }
    }

    @Override
    public void close() {
        synchronized (writeLock) {
            try (directory;
                    writer;
                    searchers) {
                // closes searchers, then writer (which commits pending changes), then directory
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private interface IoFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private void write(IoAction action) {
        synchronized (writeLock) {
            try {
                action.run();
                writer.commit();
                searchers.maybeRefreshBlocking();
                recordLayoutAndModels();
            } catch (IOException e) {
                throw new UncheckedIOException("knowledge index write failed", e);
            }
        }
    }

    /** Stamps the layout and the live chunks' models on the commit when they changed (rarely). */
    private void recordLayoutAndModels() throws IOException {
        Map<String, String> wanted = new HashMap<>();
        wanted.put(LAYOUT_KEY, LAYOUT);
        wanted.put(MODELS_KEY, String.join("\n", indexedModels()));
        Map<String, String> recorded = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> recorded.put(e.getKey(), e.getValue()));
        }
        if (!recorded.equals(wanted)) {
            writer.setLiveCommitData(wanted.entrySet());
            writer.commit();
        }
    }

    private <T> T withSearcher(IoFunction<T> function) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return function.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("knowledge index search failed", e);
        }
    }
}
