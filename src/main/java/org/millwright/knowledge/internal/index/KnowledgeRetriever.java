package org.millwright.knowledge.internal.index;

import java.util.List;

/**
 * The one retrieval path that the search API, the assistant and the evaluation all use. With a
 * {@link BilingualLexicon}, the query is carried into the other language: its terms for that
 * language's BM25 fields, and its rendering embedded for that language's chunks; the index ranks
 * each language's chunks apart and fuses the lists. Without one, the query is searched as written.
 */
public final class KnowledgeRetriever {

    private final EmbeddingProvider embeddings;
    private final KnowledgeIndex index;
    private final BilingualLexicon lexicon;

    /** {@code lexicon} may be null: queries are then searched only as written. */
    public KnowledgeRetriever(EmbeddingProvider embeddings, KnowledgeIndex index, BilingualLexicon lexicon) {
        this.embeddings = embeddings;
        this.index = index;
        this.lexicon = lexicon;
    }

    /** Runs {@code request}, adding the cross-language terms and the query vectors the mode uses. */
    public List<SearchHit> search(SearchRequest request) {
        return index.search(prepare(request));
    }

    /** The request with its cross-language terms and query vectors: all the work before the index. */
    public SearchRequest prepare(SearchRequest request) {
        SearchRequest r = request;
        if (r.query().isBlank()) {
            return r;
        }
        boolean vectors = r.mode() != SearchRequest.Mode.BM25;
        if (lexicon == null) {
            return vectors && r.queryVector() == null
                    ? r.withVector(embeddings.embed(r.query()), embeddings.modelId())
                    : r;
        }
        BilingualLexicon.Translation t = lexicon.translate(r.query());
        boolean spanish = t.looksSpanish();
        String rendering = spanish ? t.english() : t.spanish();
        float[] vector = r.queryVector();
        float[] carried = null;
        if (vectors) {
            // one text a call: a remote server answers each call for its own input
            vector = vector != null ? vector : embeddings.embed(r.query());
            carried = rendering.isBlank() ? null : embeddings.embed(rendering);
        }
        return r.withVector(vector, r.queryVector() == null ? embeddings.modelId() : r.queryModel())
                .withCarried(new SearchRequest.Carried(
                        spanish ? "es" : "en",
                        spanish ? t.englishTerms() : null,
                        spanish ? null : t.spanishTerms(),
                        carried));
    }
}
