package org.millwright.knowledge.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.millwright.knowledge.internal.index.BilingualLexicon;
import org.millwright.knowledge.internal.index.EmbeddingProvider;
import org.millwright.knowledge.internal.index.FusionWeights;
import org.millwright.knowledge.internal.index.InProcessMiniLm;
import org.millwright.knowledge.internal.index.IndexProbe;
import org.millwright.knowledge.internal.index.KnowledgeIndex;
import org.millwright.knowledge.internal.index.LuceneKnowledgeIndex;
import org.millwright.knowledge.internal.index.OnnxFileEmbeddings;
import org.millwright.knowledge.internal.index.RemoteEmbeddings;
import org.millwright.knowledge.internal.parsing.Chunker;
import org.millwright.knowledge.internal.parsing.DocumentParser;
import org.millwright.knowledge.internal.parsing.Ocr;
import org.millwright.platform.PlatformSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** The knowledge module's parts, chosen by {@link KnowledgeSettings}. */
@Configuration(proxyBeanMethods = false)
class KnowledgeConfig {

    /** Lazy: Tika loads its whole parser registry when built, which start-up should not pay for. */
    @Bean
    @Lazy
    DocumentParser documentParser(KnowledgeSettings settings, Ocr ocr) {
        return new DocumentParser(settings.maxPages(), ocr);
    }

    /** Checks for tesseract on first use, not at start-up. */
    @Bean
    Ocr ocr(KnowledgeSettings settings) {
        KnowledgeSettings.Ocr o = settings.ocr();
        return o.enabled() ? new Ocr(o.command(), o.languages(), o.dpi(), o.pageTimeout()) : Ocr.off();
    }

    @Bean
    Chunker chunker(KnowledgeSettings settings) {
        return new Chunker(settings.chunkChars(), settings.overlapChars());
    }

    @Bean
    EmbeddingProvider embeddingProvider(KnowledgeSettings settings) {
        KnowledgeSettings.Embedding e = settings.embedding();
        return switch (e.provider()) {
            case "in-process" -> new InProcessMiniLm();
            case "onnx" ->
                new OnnxFileEmbeddings("onnx:" + e.modelPath().getFileName(), e.modelPath(), e.tokenizerPath());
            case "ollama" -> RemoteEmbeddings.ollama(e.baseUrl(), e.model());
            case "openai" -> RemoteEmbeddings.openAiCompatible(e.baseUrl(), e.apiKey(), e.model());
            default ->
                throw new IllegalStateException(
                        "millwright.knowledge.embedding.provider must be in-process, onnx, ollama or openai, not "
                                + e.provider());
        };
    }

    /** The bundled Spanish–English lexicon plus the plant's own file, when one is configured (~1 ms). */
    @Bean
    BilingualLexicon bilingualLexicon(KnowledgeSettings settings) throws IOException {
        Path extra = settings.crossLanguage().lexiconPath();
        if (extra == null) {
            return BilingualLexicon.bundled();
        }
        try (InputStream bundled = BilingualLexicon.bundledStream();
                InputStream own = Files.newInputStream(extra)) {
            return BilingualLexicon.load(List.of(bundled, own));
        }
    }

    /** Opened on first use, so the server starts without touching the index. */
    @Bean(destroyMethod = "close")
    @Lazy
    KnowledgeIndex knowledgeIndex(KnowledgeSettings settings, PlatformSettings platform) {
        var fusion = settings.fusion();
        return new LuceneKnowledgeIndex(
                settings.indexDirIn(platform.dataDir()),
                new FusionWeights(fusion.spanishVectorShare(), fusion.englishVectorShare()));
    }

    /** Reads the index folder's last commit without opening the index (for the check at start-up). */
    @Bean
    IndexProbe indexProbe(KnowledgeSettings settings, PlatformSettings platform) {
        Path dir = settings.indexDirIn(platform.dataDir());
        return () -> LuceneKnowledgeIndex.inspect(dir);
    }
}
