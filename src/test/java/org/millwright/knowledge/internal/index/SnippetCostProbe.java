package org.millwright.knowledge.internal.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

/**
 * For benchmarks: the time {@link SnippetHighlighter} takes for a request's top hits, on its own
 * (their stored texts already read), on a committed index directory. A search spends this on top
 * of finding the hits and reading their stored fields.
 */
public final class SnippetCostProbe implements AutoCloseable {

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final KnowledgeQueries queries =
            new KnowledgeQueries(KnowledgeAnalyzers.spanish(), KnowledgeAnalyzers.english());
    private final SnippetHighlighter highlighter = new SnippetHighlighter(KnowledgeAnalyzers.perField());

    public SnippetCostProbe(Path indexDirectory) throws IOException {
        this.reader = DirectoryReader.open(FSDirectory.open(indexDirectory));
        this.searcher = new IndexSearcher(reader);
    }

    /** Nanoseconds to make the snippets of the request's top k BM25 hits; -1 when it has no text hit. */
    public long snippetNanos(SearchRequest r) throws IOException {
        Query text = queries.text(r.query());
        if (text == null) {
            return -1;
        }
        TopDocs top = searcher.search(KnowledgeQueries.bm25(text, KnowledgeQueries.filter(r)), r.k());
        if (top.scoreDocs.length == 0) {
            return -1;
        }
        int[] ids = new int[top.scoreDocs.length];
        String[] texts = new String[ids.length];
        String[] languages = new String[ids.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = top.scoreDocs[i].doc;
            var stored = searcher.storedFields().document(ids[i], Set.of(ChunkFields.TEXT, ChunkFields.LANGUAGE));
            texts[i] = stored.get(ChunkFields.TEXT);
            languages[i] = stored.get(ChunkFields.LANGUAGE);
        }
        long start = System.nanoTime();
        String[] snippets = highlighter.snippets(searcher, text, ids, texts, languages);
        long nanos = System.nanoTime() - start;
        if (snippets.length != ids.length) {
            throw new IllegalStateException("one snippet per hit expected");
        }
        return nanos;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
