package org.millwright.knowledge.internal.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.MMapDirectory;

/**
 * {@link KnowledgeIndex} on one local Lucene index directory (memory-mapped). Writes are serialised
 * and each call ends with a commit and a searcher refresh, so a call's chunks become visible (and
 * durable) together. Searches run concurrently on the current searcher.
 */
public final class LuceneKnowledgeIndex implements KnowledgeIndex {

    private final MMapDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final KnowledgeSearch search;
    private final Object writeLock = new Object();

    public LuceneKnowledgeIndex(Path indexDirectory) {
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
                    new SnippetHighlighter(perField));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open knowledge index at " + indexDirectory, e);
        }
    }

    @Override
    public void index(List<IndexedChunk> chunks) {
        // Build and check everything first, so that a bad chunk fails the call before any write.
        List<Document> documents = chunks.stream().map(ChunkFields::toDocument).toList();
        write(() -> {
            IndexInspector.checkDimensions(withSearcher(IndexInspector::vectorDimension), chunks);
            for (int i = 0; i < chunks.size(); i++) {
                IndexedChunk chunk = chunks.get(i);
                writer.updateDocument(ChunkFields.key(chunk.tenantId(), chunk.chunkId()), documents.get(i));
            }
        });
    }

    @Override
    public void deleteDocument(UUID tenantId, UUID documentId) {
        BooleanQuery query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(ChunkFields.TENANT, tenantId.toString())), Occur.FILTER)
                .add(new TermQuery(new Term(ChunkFields.DOCUMENT, documentId.toString())), Occur.FILTER)
                .build();
        write(() -> writer.deleteDocuments(query));
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
    public int size() {
        return withSearcher(s -> s.getIndexReader().numDocs());
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
            } catch (IOException e) {
                throw new UncheckedIOException("knowledge index write failed", e);
            }
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
