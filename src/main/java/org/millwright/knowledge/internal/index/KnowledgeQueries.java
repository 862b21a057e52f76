package org.millwright.knowledge.internal.index;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/** Builds the tenant/filter clause, the bilingual BM25 query and the pre-filtered kNN query. */
final class KnowledgeQueries {

    static final float TITLE_BOOST = 2.0f;
    static final float SECTION_BOOST = 1.5f;
    static final String LANGUAGE_ES = "es";

    private final QueryBuilder spanish;
    private final QueryBuilder english;

    KnowledgeQueries(Analyzer spanishAnalyzer, Analyzer englishAnalyzer) {
        this.spanish = new QueryBuilder(spanishAnalyzer);
        this.english = new QueryBuilder(englishAnalyzer);
    }

    /** Tenant (always) AND every filter set on the request: only FILTER clauses, no scoring. */
    static Query filter(SearchRequest r) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new TermQuery(new Term(ChunkFields.TENANT, r.tenantId().toString())), Occur.FILTER);
        if (r.siteId() != null) {
            b.add(new TermQuery(new Term(ChunkFields.SITE, r.siteId().toString())), Occur.FILTER);
        }
        if (r.assetId() != null) {
            b.add(new TermQuery(new Term(ChunkFields.ASSET, r.assetId().toString())), Occur.FILTER);
        }
        if (r.assetType() != null && !r.assetType().isBlank()) {
            b.add(new TermQuery(new Term(ChunkFields.ASSET_TYPE, ChunkFields.keyword(r.assetType()))), Occur.FILTER);
        }
        if (r.documentId() != null) {
            b.add(new TermQuery(new Term(ChunkFields.DOCUMENT, r.documentId().toString())), Occur.FILTER);
        }
        if (r.language() != null && !r.language().isBlank()) {
            b.add(new TermQuery(new Term(ChunkFields.LANGUAGE, ChunkFields.keyword(r.language()))), Occur.FILTER);
        }
        if (r.documentIds() != null) {
            List<BytesRef> ids = r.documentIds().stream()
                    .map(id -> new BytesRef(id.toString()))
                    .toList();
            b.add(new TermInSetQuery(ChunkFields.DOCUMENT, ids), Occur.FILTER);
        }
        return b.build();
    }

    /**
     * The query text analysed as Spanish and as English, over text, title and section path (the
     * latter two boosted), all SHOULD: a document in either language matches a query in either.
     * Returns null when the text has no searchable term (blank, or only stop words).
     */
    Query text(String queryText) {
        return single(queryText);
    }

    /**
     * The query text, with the terms it was carried to in {@code language}, analysed as that
     * language over that language's text, title and section fields (for the chunks in that
     * language); null when nothing in it is searchable.
     */
    Query text(String queryText, String carriedTerms, String language) {
        String text = carriedTerms == null || carriedTerms.isBlank() ? queryText : queryText + " " + carriedTerms;
        if (text == null || text.isBlank()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int clauses = LANGUAGE_ES.equals(language)
                ? add(b, spanish, ChunkFields.TEXT_ES, text, 1f)
                        + add(b, spanish, ChunkFields.TITLE_ES, text, TITLE_BOOST)
                        + add(b, spanish, ChunkFields.SECTION_ES, text, SECTION_BOOST)
                : add(b, english, ChunkFields.TEXT_EN, text, 1f)
                        + add(b, english, ChunkFields.TITLE_EN, text, TITLE_BOOST)
                        + add(b, english, ChunkFields.SECTION_EN, text, SECTION_BOOST);
        return clauses == 0 ? null : b.build();
    }

    /** Chunks in Spanish, or (for "en") chunks in any other language. */
    static Query language(String language) {
        Query spanish = new TermQuery(new Term(ChunkFields.LANGUAGE, LANGUAGE_ES));
        if (LANGUAGE_ES.equals(language)) {
            return spanish;
        }
        return new BooleanQuery.Builder()
                .add(new MatchAllDocsQuery(), Occur.FILTER)
                .add(spanish, Occur.MUST_NOT)
                .build();
    }

    /** {@code filter} AND {@code more}. */
    static Query and(Query filter, Query more) {
        return new BooleanQuery.Builder()
                .add(filter, Occur.FILTER)
                .add(more, Occur.FILTER)
                .build();
    }

    private Query single(String queryText) {
        if (queryText == null || queryText.isBlank()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int clauses = 0;
        clauses += add(b, spanish, ChunkFields.TEXT_ES, queryText, 1f);
        clauses += add(b, spanish, ChunkFields.TITLE_ES, queryText, TITLE_BOOST);
        clauses += add(b, spanish, ChunkFields.SECTION_ES, queryText, SECTION_BOOST);
        clauses += add(b, english, ChunkFields.TEXT_EN, queryText, 1f);
        clauses += add(b, english, ChunkFields.TITLE_EN, queryText, TITLE_BOOST);
        clauses += add(b, english, ChunkFields.SECTION_EN, queryText, SECTION_BOOST);
        return clauses == 0 ? null : b.build();
    }

    private static int add(BooleanQuery.Builder b, QueryBuilder qb, String field, String text, float boost) {
        Query q = qb.createBooleanQuery(field, text, Occur.SHOULD);
        if (q == null || q instanceof MatchNoDocsQuery) {
            return 0;
        }
        b.add(boost == 1f ? q : new BoostQuery(q, boost), Occur.SHOULD);
        return 1;
    }

    /** BM25 over the text, restricted by the filter. */
    static Query bm25(Query text, Query filter) {
        return new BooleanQuery.Builder()
                .add(text, Occur.MUST)
                .add(filter, Occur.FILTER)
                .build();
    }

    /**
     * kNN over the vector field of the query's model, with the filter as a pre-filter, so the k
     * neighbours are all the tenant's and all embedded by the same model as the query.
     */
    static Query knn(float[] vector, String model, int k, Query filter) {
        return new KnnFloatVectorQuery(ChunkFields.vectorField(model), Vectors.normalize(vector), k, filter);
    }
}
