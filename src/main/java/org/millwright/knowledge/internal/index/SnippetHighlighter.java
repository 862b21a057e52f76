package org.millwright.knowledge.internal.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

/**
 * Snippets with {@code <em>} around matched terms, by Lucene's {@link UnifiedHighlighter}
 * (re-analysis offsets). The chunk text is stored once, in {@link ChunkFields#TEXT}, read by the
 * caller with the hit's other stored fields, and highlighted through the analysed field of the
 * hit's language ({@code text_es} or {@code text_en}); a hit without a known language through both,
 * the one that marks more terms winning (Spanish on a tie). A hit with no marked term shows the
 * start of its text.
 *
 * <p>Highlighting re-analyses each hit's text, so it is a large part of a search's time: the text
 * query is only terms, so the re-analysed tokens are filtered against them (no one-document
 * MemoryIndex with the query's weight run on it per hit and field, which cost about four times as
 * much), only the hit's own language is analysed, and passages are scored without Lucene's
 * per-passage hash table.
 */
final class SnippetHighlighter {

    static final int MAX_CHARS = 300;
    private static final String[] ES = {ChunkFields.TEXT_ES};
    private static final String[] EN = {ChunkFields.TEXT_EN};
    private static final String[] BOTH = {ChunkFields.TEXT_ES, ChunkFields.TEXT_EN};
    private static final PassageScorer SCORER = new FewTermsPassageScorer();

    private final Analyzer perFieldAnalyzer;

    SnippetHighlighter(Analyzer perFieldAnalyzer) {
        this.perFieldAnalyzer = perFieldAnalyzer;
    }

    /**
     * One snippet per doc id, in the order given; {@code texts[i]} and {@code languages[i]} are the
     * stored text and language of {@code docIds[i]}; {@code textQuery} may be null (no
     * highlighting). A Spanish or English hit is highlighted with its own language's analysis only;
     * a hit of unknown language with both, keeping the highlight that marks more terms.
     */
    String[] snippets(IndexSearcher searcher, Query textQuery, int[] docIds, String[] texts, String[] languages)
            throws IOException {
        String[] out = new String[docIds.length];
        if (textQuery != null && docIds.length > 0) {
            Map<Integer, String> byDoc = new HashMap<>();
            for (int i = 0; i < docIds.length; i++) {
                byDoc.put(docIds[i], texts[i] == null ? "" : texts[i]);
            }
            UnifiedHighlighter highlighter = highlighter(searcher, byDoc);
            highlight(highlighter, textQuery, docIds, languages, "es", ES, out);
            highlight(highlighter, textQuery, docIds, languages, "en", EN, out);
            highlight(highlighter, textQuery, docIds, languages, null, BOTH, out);
        }
        for (int i = 0; i < docIds.length; i++) {
            if (out[i] == null) {
                out[i] = plain(texts[i]);
            }
        }
        return out;
    }

    /** Highlights the hits of one language (null: any other) in the given fields into {@code out}. */
    private static void highlight(
            UnifiedHighlighter highlighter,
            Query query,
            int[] docIds,
            String[] languages,
            String language,
            String[] fields,
            String[] out)
            throws IOException {
        int[] positions = IntStream.range(0, docIds.length)
                .filter(i -> language == null
                        ? !"es".equals(languages[i]) && !"en".equals(languages[i])
                        : language.equals(languages[i]))
                .toArray();
        if (positions.length == 0) {
            return;
        }
        int[] ids = Arrays.stream(positions).map(i -> docIds[i]).toArray();
        int[] passages = new int[fields.length];
        Arrays.fill(passages, 1);
        Map<String, String[]> highlighted = highlighter.highlightFields(fields, query, ids, passages);
        for (int n = 0; n < positions.length; n++) {
            String best = null;
            int bestMarks = 0;
            for (String field : fields) { // Spanish first: it wins a tie
                String snippet = highlighted.get(field)[n];
                int marks = marks(snippet);
                if (marks > bestMarks) {
                    best = snippet;
                    bestMarks = marks;
                }
            }
            out[positions[n]] = best;
        }
    }

    private static int marks(String s) {
        int count = 0;
        for (int i = s == null ? -1 : s.indexOf("<em>"); i >= 0; i = s.indexOf("<em>", i + 4)) {
            count++;
        }
        return count;
    }

    static String plain(String text) {
        if (text == null) {
            return "";
        }
        String escaped = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) + "…" : text;
        return escaped.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private UnifiedHighlighter highlighter(IndexSearcher searcher, Map<Integer, String> texts) {
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, perFieldAnalyzer)
                .withFormatter(new DefaultPassageFormatter("<em>", "</em>", "… ", true))
                .withScorer(SCORER)
                .withMaxLength(100_000)
                .withMaxNoHighlightPassages(0)
                .withWeightMatches(false)
                .withPassageRelevancyOverSpeed(false);
        return new UnifiedHighlighter(builder) {
            @Override
            protected List<CharSequence[]> loadFieldValues(
                    String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold) throws IOException {
                List<CharSequence[]> values = new ArrayList<>();
                for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
                    CharSequence[] perField = new CharSequence[fields.length];
                    Arrays.fill(perField, texts.getOrDefault(doc, ""));
                    values.add(perField);
                }
                return values;
            }
        };
    }

    /**
     * Lucene's BM25 passage score, computed the same way, but with the passage's few matched terms
     * compared directly instead of in a new {@code BytesRefHash} (a 32 KB block) for every passage.
     */
    static final class FewTermsPassageScorer extends PassageScorer {

        @Override
        public float score(Passage passage, int contentLength) {
            int matches = passage.getNumMatches();
            BytesRef[] terms = passage.getMatchTerms();
            int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
            BytesRef[] unique = new BytesRef[matches];
            int[] inPassage = new int[matches];
            int[] inDoc = new int[matches];
            int distinct = 0;
            for (int i = 0; i < matches; i++) {
                int t = 0;
                while (t < distinct && !unique[t].bytesEquals(terms[i])) {
                    t++;
                }
                if (t == distinct) {
                    unique[t] = terms[i];
                    inDoc[t] = freqsInDoc[i];
                    distinct++;
                }
                inPassage[t]++;
            }
            double score = 0;
            for (int t = 0; t < distinct; t++) {
                score += tf(inPassage[t], passage.getLength()) * weight(contentLength, inDoc[t]);
            }
            return (float) (score * norm(passage.getStartOffset()));
        }
    }
}
