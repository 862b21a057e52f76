package org.millwright.knowledge.internal.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/**
 * Runs a {@link SearchRequest}: BM25, kNN or both fused by reciprocal-rank fusion (score =
 * Σ weight/(60 + rank), each language's lists weighted by {@link FusionWeights}). The tenant
 * filter is part of every query (a FILTER clause for BM25, the pre-filter for kNN). kNN searches
 * only the vectors of the query's model; when the index holds none of that model and dimension (a
 * model change not yet re-embedded), the search is BM25 alone.
 */
final class KnowledgeSearch {

    /** The usual RRF constant (Cormack et al. 2009). */
    static final int RRF_K = 60;
    /** Candidates taken from each method before fusion: at least this many, or 5·k. */
    static final int MIN_CANDIDATES = 50;
    /**
     * Each language's chunks are ranked apart (BM25 with the query and its carried terms, kNN with
     * the query's vector or its rendering's), so the best passages of both languages reach the
     * fusion instead of one language's scores drowning the other's.
     */
    private static final List<String> LANGUAGES = List.of("es", "en");

    private static final Set<String> STORED = Set.of(
            ChunkFields.TEXT,
            ChunkFields.CHUNK,
            ChunkFields.DOCUMENT,
            ChunkFields.TITLE,
            ChunkFields.SECTION,
            ChunkFields.PAGE,
            ChunkFields.LANGUAGE);

    private final KnowledgeQueries queries;
    private final SnippetHighlighter highlighter;
    private final FusionWeights weights;

    KnowledgeSearch(KnowledgeQueries queries, SnippetHighlighter highlighter, FusionWeights weights) {
        this.queries = queries;
        this.highlighter = highlighter;
        this.weights = weights;
    }

    List<SearchHit> search(IndexSearcher searcher, SearchRequest r) throws IOException {
        Query filter = KnowledgeQueries.filter(r);
        int candidates = Math.max(MIN_CANDIDATES, 5 * r.k());
        boolean text = r.mode() != SearchRequest.Mode.VECTOR;
        boolean vectors = r.mode() != SearchRequest.Mode.BM25
                && r.queryVector() != null
                && IndexInspector.acceptsQuery(searcher, r.queryModel(), r.queryVector().length);
        boolean weighted = text && vectors && r.carried() != null; // a BM25 and a kNN list per language
        List<WeightedRrf.Ranked> ranked = new ArrayList<>();
        Query highlight = queries.text(r.query());
        for (String language : LANGUAGES) {
            Query inLanguage = KnowledgeQueries.and(filter, KnowledgeQueries.language(language));
            Query bm25 = text ? queries.text(r.query(), carriedTerms(r, language), language) : null;
            if (bm25 != null) {
                ranked.add(new WeightedRrf.Ranked(
                        searcher.search(KnowledgeQueries.bm25(bm25, inLanguage), candidates),
                        weighted ? weights.bm25(language) : 1));
                highlight = highlight == null ? bm25 : highlight;
            }
            float[] vector = vectors && r.carried() != null ? vectorFor(r, language) : null;
            if (vector != null) {
                ranked.add(new WeightedRrf.Ranked(
                        searcher.search(
                                KnowledgeQueries.knn(vector, r.queryModel(), candidates, inLanguage), candidates),
                        weighted ? weights.vector(language) : 1));
            }
        }
        if (vectors && r.carried() == null) {
            ranked.add(new WeightedRrf.Ranked(
                    searcher.search(
                            KnowledgeQueries.knn(r.queryVector(), r.queryModel(), candidates, filter), candidates),
                    1));
        }
        ranked.removeIf(t -> t.docs().scoreDocs.length == 0);
        if (ranked.isEmpty()) {
            return List.of();
        }
        ScoreDoc[] top = ranked.size() == 1
                ? Arrays.copyOf(
                        ranked.getFirst().docs().scoreDocs,
                        Math.min(r.k(), ranked.getFirst().docs().scoreDocs.length))
                : WeightedRrf.fuse(r.k(), RRF_K, ranked);
        return hits(searcher, top, highlight);
    }

    /** The query's own vector for chunks in its language, its rendering's vector for the other. */
    private static float[] vectorFor(SearchRequest r, String language) {
        return language.equals(r.carried().queryLanguage())
                ? r.queryVector()
                : r.carried().vector();
    }

    private static String carriedTerms(SearchRequest r, String language) {
        if (r.carried() == null) {
            return null;
        }
        return "es".equals(language) ? r.carried().spanishTerms() : r.carried().englishTerms();
    }

    /** Each hit's stored fields are read once, the text with them, for the snippet. */
    private List<SearchHit> hits(IndexSearcher searcher, ScoreDoc[] docs, Query text) throws IOException {
        StoredFields stored = searcher.storedFields();
        int[] ids = new int[docs.length];
        Document[] documents = new Document[docs.length];
        String[] texts = new String[docs.length];
        String[] languages = new String[docs.length];
        for (int i = 0; i < docs.length; i++) {
            ids[i] = docs[i].doc;
            documents[i] = stored.document(ids[i], STORED);
            texts[i] = documents[i].get(ChunkFields.TEXT);
            languages[i] = documents[i].get(ChunkFields.LANGUAGE);
        }
        String[] snippets = highlighter.snippets(searcher, text, ids, texts, languages);
        List<SearchHit> hits = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            hits.add(ChunkFields.toHit(documents[i], docs[i].score, snippets[i]));
        }
        return hits;
    }
}
