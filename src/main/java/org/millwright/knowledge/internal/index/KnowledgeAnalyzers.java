package org.millwright.knowledge.internal.index;

import java.io.Reader;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The two text analysers: standard tokenizer, lowercase, the language's stop words (removed before
 * folding, as the lists are accented), ASCII folding ("válvula" = "valvula"), then the language's
 * stemmer (Spanish light stemmer, Porter for English).
 */
final class KnowledgeAnalyzers {

    private KnowledgeAnalyzers() {}

    /**
     * Joins words split across lines by hyphenation in extracted PDF text ("lubri -\ncated",
     * "main-\ntenance"), so they are found by the whole word; offsets stay those of the source.
     */
    private static final Pattern LINE_BREAK_HYPHEN = Pattern.compile("(\\p{L}) ?-[ \\t]*\\r?\\n[ \\t]*(\\p{Ll})");

    static Reader dehyphenate(Reader reader) {
        return new PatternReplaceCharFilter(LINE_BREAK_HYPHEN, "$1$2", reader);
    }

    static Analyzer spanish() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = new LowerCaseFilter(source);
                result = new StopFilter(result, SpanishAnalyzer.getDefaultStopSet());
                result = new ASCIIFoldingFilter(result);
                result = new SpanishLightStemFilter(result);
                return new TokenStreamComponents(source, result);
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return dehyphenate(reader);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    static Analyzer english() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = new EnglishPossessiveFilter(source);
                result = new LowerCaseFilter(result);
                result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                result = new ASCIIFoldingFilter(result);
                result = new PorterStemFilter(result);
                return new TokenStreamComponents(source, result);
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return dehyphenate(reader);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    /** Spanish for the {@code *_es} fields, English for the {@code *_en} fields. */
    static Analyzer perField() {
        Analyzer es = spanish();
        Analyzer en = english();
        return new PerFieldAnalyzerWrapper(
                new StandardAnalyzer(),
                Map.of(
                        ChunkFields.TEXT_ES, es,
                        ChunkFields.TITLE_ES, es,
                        ChunkFields.SECTION_ES, es,
                        ChunkFields.TEXT_EN, en,
                        ChunkFields.TITLE_EN, en,
                        ChunkFields.SECTION_EN, en));
    }
}
