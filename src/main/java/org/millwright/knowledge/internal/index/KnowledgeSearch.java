package org.millwright.knowledge.internal.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * Runs a {@link SearchRequest}: BM25, kNN or both fused by reciprocal-rank fusion
 * ({@link TopDocs#rrf(int, int, TopDocs[])}, Lucene's own, score = Σ 1/(60 + rank)). The tenant
 * filter is part of every query (a FILTER clause for BM25, the pre-filter for kNN). kNN searches
 * only the vectors of the query's model; when the index holds none of that model and dimension (a
 * model change not yet re-embedded), the search is BM25 alone.
 */
final class KnowledgeSearch {

    /** The usual RRF constant (Cormack et al. 2009). */
    static final int RRF_K = 60;
    /** Candidates taken from each method before fusion: at least this many, or 5·k. */
    static final int MIN_CANDIDATES = 50;

    private static final Set<String> STORED = Set.of(
            ChunkFields.CHUNK,
            ChunkFields.DOCUMENT,
            ChunkFields.TITLE,
            ChunkFields.SECTION,
            ChunkFields.PAGE,
            ChunkFields.LANGUAGE);

    private final KnowledgeQueries queries;
    private final SnippetHighlighter highlighter;

    KnowledgeSearch(KnowledgeQueries queries, SnippetHighlighter highlighter) {
        this.queries = queries;
        this.highlighter = highlighter;
    }

    List<SearchHit> search(IndexSearcher searcher, SearchRequest r) throws IOException {
        Query filter = KnowledgeQueries.filter(r);
        Query text = queries.text(r.query());
        boolean useText = text != null && r.mode() != SearchRequest.Mode.VECTOR;
        boolean useVector = r.queryVector() != null
                && r.mode() != SearchRequest.Mode.BM25
                && IndexInspector.acceptsQuery(searcher, r.queryModel(), r.queryVector().length);
        TopDocs top;
        if (useText && useVector) {
            int candidates = Math.max(MIN_CANDIDATES, 5 * r.k());
            TopDocs bm25 = searcher.search(KnowledgeQueries.bm25(text, filter), candidates);
            TopDocs knn = searcher.search(
                    KnowledgeQueries.knn(r.queryVector(), r.queryModel(), candidates, filter), candidates);
            top = TopDocs.rrf(r.k(), RRF_K, new TopDocs[] {bm25, knn});
        } else if (useText) {
            top = searcher.search(KnowledgeQueries.bm25(text, filter), r.k());
        } else if (useVector) {
            top = searcher.search(KnowledgeQueries.knn(r.queryVector(), r.queryModel(), r.k(), filter), r.k());
        } else {
            return List.of();
        }
        return hits(searcher, top.scoreDocs, text);
    }

    private List<SearchHit> hits(IndexSearcher searcher, ScoreDoc[] docs, Query text) throws IOException {
        int[] ids = new int[docs.length];
        for (int i = 0; i < docs.length; i++) {
            ids[i] = docs[i].doc;
        }
        String[] snippets = highlighter.snippets(searcher, text, ids);
        List<SearchHit> hits = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            Document d = searcher.storedFields().document(ids[i], STORED);
            hits.add(ChunkFields.toHit(d, docs[i].score, snippets[i]));
        }
        return hits;
    }
}
