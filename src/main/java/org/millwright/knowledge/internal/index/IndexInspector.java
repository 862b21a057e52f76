package org.millwright.knowledge.internal.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/** What the index holds: its vector fields, embedding models and documents; checks a batch against them. */
final class IndexInspector {

    private IndexInspector() {}

    /** The dimension of a vector field, 0 when the field never held a vector (or after a clear). */
    static int vectorDimension(IndexSearcher searcher, String field) {
        FieldInfo info =
                FieldInfos.getMergedFieldInfos(searcher.getIndexReader()).fieldInfo(field);
        return info == null ? 0 : info.getVectorDimension();
    }

    /** Whether a kNN query of this model and dimension can run: the model's field has that dimension. */
    static boolean acceptsQuery(IndexSearcher searcher, String model, int dimension) {
        return vectorDimension(searcher, ChunkFields.vectorField(model)) == dimension;
    }

    /** The model ids of live chunks (terms of deleted chunks linger until merges, so each is counted). */
    static Set<String> models(IndexSearcher searcher) throws IOException {
        Set<String> models = new TreeSet<>();
        for (String term : terms(searcher, ChunkFields.MODEL)) {
            if (searcher.count(new TermQuery(new Term(ChunkFields.MODEL, term))) > 0) {
                models.add(term);
            }
        }
        return models;
    }

    /** The ids of the tenant's documents that have live chunks in the index. */
    static Set<UUID> documents(IndexSearcher searcher, UUID tenantId) throws IOException {
        Set<UUID> documents = new LinkedHashSet<>();
        TermQuery tenant = new TermQuery(new Term(ChunkFields.TENANT, tenantId.toString()));
        for (String term : terms(searcher, ChunkFields.DOCUMENT)) {
            BooleanQuery query = new BooleanQuery.Builder()
                    .add(tenant, Occur.FILTER)
                    .add(new TermQuery(new Term(ChunkFields.DOCUMENT, term)), Occur.FILTER)
                    .build();
            if (searcher.count(query) > 0) {
                documents.add(UUID.fromString(term));
            }
        }
        return documents;
    }

    private static List<String> terms(IndexSearcher searcher, String field) throws IOException {
        Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), field);
        if (terms == null) {
            return List.of();
        }
        List<String> out = new java.util.ArrayList<>();
        TermsEnum it = terms.iterator();
        for (BytesRef term = it.next(); term != null; term = it.next()) {
            out.add(term.utf8ToString());
        }
        return out;
    }

    /**
     * All vectors of one model must have one dimension: the dimension of that model's field in the
     * index when it has one, else the first in the batch. Models differ in fields, so a model change
     * (even to another dimension) indexes beside the old vectors.
     */
    static void checkDimensions(IndexSearcher searcher, List<IndexedChunk> chunks) {
        Map<String, Integer> expected = new HashMap<>();
        for (IndexedChunk chunk : chunks) {
            if (chunk.vector() == null) {
                continue;
            }
            String field = ChunkFields.vectorField(chunk.modelId());
            int indexed = expected.computeIfAbsent(field, f -> vectorDimension(searcher, f));
            if (indexed == 0) {
                expected.put(field, chunk.vector().length);
            } else if (chunk.vector().length != indexed) {
                throw new IllegalArgumentException("vector dimension " + chunk.vector().length + " of model "
                        + chunk.modelId() + " differs from " + indexed
                        + ": a model that changes its dimension needs a new model id");
            }
        }
    }
}
