package org.millwright.knowledge.internal.index;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/** What the index holds: its vector dimension and embedding models; checks a batch against them. */
final class IndexInspector {

    private IndexInspector() {}

    /** The dimension of the indexed vectors, 0 when no vector was ever indexed (or after a clear). */
    static int vectorDimension(IndexSearcher searcher) {
        FieldInfo info =
                FieldInfos.getMergedFieldInfos(searcher.getIndexReader()).fieldInfo(ChunkFields.VECTOR);
        return info == null ? 0 : info.getVectorDimension();
    }

    /** The model ids of live chunks (terms of deleted chunks linger until merges, so each is counted). */
    static Set<String> models(IndexSearcher searcher) throws IOException {
        Set<String> models = new TreeSet<>();
        Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), ChunkFields.MODEL);
        if (terms == null) {
            return models;
        }
        TermsEnum it = terms.iterator();
        for (BytesRef term = it.next(); term != null; term = it.next()) {
            Term t = new Term(ChunkFields.MODEL, BytesRef.deepCopyOf(term));
            if (searcher.count(new TermQuery(t)) > 0) {
                models.add(t.text());
            }
        }
        return models;
    }

    /** All vectors of the batch must have one dimension, the index's one when it has vectors. */
    static void checkDimensions(int indexed, List<IndexedChunk> chunks) {
        int expected = indexed;
        for (IndexedChunk chunk : chunks) {
            if (chunk.vector() == null) {
                continue;
            }
            if (expected == 0) {
                expected = chunk.vector().length;
            } else if (chunk.vector().length != expected) {
                throw new IllegalArgumentException("vector dimension " + chunk.vector().length + " differs from "
                        + expected + (indexed > 0 ? " in the index: clear() and re-embed after a model change" : ""));
            }
        }
    }
}
