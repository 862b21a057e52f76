package org.millwright.knowledge.internal.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Snippets with {@code <em>} around matched terms, by Lucene's {@link UnifiedHighlighter}
 * (re-analysis offsets). The chunk text is stored once, in {@link ChunkFields#TEXT}, and served for
 * both analysed fields; the Spanish highlight is used when it marks anything, else the English one,
 * else the start of the text.
 */
final class SnippetHighlighter {

    static final int MAX_CHARS = 300;
    private static final String[] FIELDS = {ChunkFields.TEXT_ES, ChunkFields.TEXT_EN};

    private final Analyzer perFieldAnalyzer;

    SnippetHighlighter(Analyzer perFieldAnalyzer) {
        this.perFieldAnalyzer = perFieldAnalyzer;
    }

    /** One snippet per doc id, in the order given; {@code textQuery} may be null (no highlighting). */
    String[] snippets(IndexSearcher searcher, Query textQuery, int[] docIds) throws IOException {
        String[] out = new String[docIds.length];
        if (textQuery != null && docIds.length > 0) {
            var highlighted = highlighter(searcher).highlightFields(FIELDS, textQuery, docIds, new int[] {1, 1});
            String[] es = highlighted.get(ChunkFields.TEXT_ES);
            String[] en = highlighted.get(ChunkFields.TEXT_EN);
            for (int i = 0; i < docIds.length; i++) {
                out[i] = marked(es[i]) ? es[i] : marked(en[i]) ? en[i] : null;
            }
        }
        for (int i = 0; i < docIds.length; i++) {
            if (out[i] == null) {
                out[i] = plain(searcher.storedFields()
                        .document(docIds[i], Set.of(ChunkFields.TEXT))
                        .get(ChunkFields.TEXT));
            }
        }
        return out;
    }

    private static boolean marked(String s) {
        return s != null && s.contains("<em>");
    }

    static String plain(String text) {
        if (text == null) {
            return "";
        }
        String escaped = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) + "…" : text;
        return escaped.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private UnifiedHighlighter highlighter(IndexSearcher searcher) {
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, perFieldAnalyzer)
                .withFormatter(new DefaultPassageFormatter("<em>", "</em>", "… ", true))
                .withMaxLength(100_000)
                .withMaxNoHighlightPassages(0);
        return new UnifiedHighlighter(builder) {
            @Override
            protected List<CharSequence[]> loadFieldValues(
                    String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold) throws IOException {
                List<CharSequence[]> values = new ArrayList<>();
                for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
                    String text = searcher.storedFields()
                            .document(doc, Set.of(ChunkFields.TEXT))
                            .get(ChunkFields.TEXT);
                    CharSequence[] perField = new CharSequence[fields.length];
                    Arrays.fill(perField, text == null ? "" : text);
                    values.add(perField);
                }
                return values;
            }
        };
    }
}
