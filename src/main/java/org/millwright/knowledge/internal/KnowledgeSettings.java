package org.millwright.knowledge.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/** Every setting of the knowledge module, bound from {@code millwright.knowledge.*}. */
@Validated
@ConfigurationProperties("millwright.knowledge")
public record KnowledgeSettings(
        Path indexDir,
        @DefaultValue("50MB") DataSize maxFileSize,
        @DefaultValue("10MB") DataSize maxImageSize,
        @Min(1) @DefaultValue("2000") int maxPages,
        @DefaultValue("2GB") DataSize maxTenantStorage,
        @Min(100) @DefaultValue("800") int chunkChars,
        @Min(0) @DefaultValue("120") int overlapChars,
        @Min(1) @DefaultValue("32") int embedBatch,
        @Valid @DefaultValue Embedding embedding,
        @Valid @DefaultValue Ocr ocr,
        @Valid @DefaultValue CrossLanguage crossLanguage,
        @Valid @DefaultValue Fusion fusion) {

    /** The index folder: {@code index-dir} when set, else {@code index/knowledge} in the data directory. */
    public Path indexDirIn(Path dataDir) {
        return indexDir != null ? indexDir : dataDir.resolve("index/knowledge");
    }

    /** Which embedding model: the bundled one, a local ONNX file, or a server. */
    public record Embedding(
            @DefaultValue("in-process") String provider,
            Path modelPath,
            Path tokenizerPath,
            String baseUrl,
            String model,
            String apiKey) {}

    /**
     * Text recognition of scanned PDF pages with the {@code tesseract} program, when installed.
     *
     * @param languages tesseract language codes joined by {@code +}
     * @param dpi resolution a page is rendered at for recognition
     * @param pageTimeout longest recognition of one page; past it the document fails
     */
    public record Ocr(
            @DefaultValue("true") boolean enabled,
            @NotBlank @DefaultValue("tesseract") String command,

            @Pattern(regexp = "[A-Za-z0-9_]+(\\+[A-Za-z0-9_]+)*") @DefaultValue("spa+eng")
            String languages,

            @Min(72) @Max(1200) @DefaultValue("300") int dpi,
            @DefaultValue("60s") Duration pageTimeout) {}

    /**
     * Carrying queries between Spanish and English with the bundled maintenance lexicon, plus an
     * optional file of the plant's own terms (same format: Spanish, tab, English).
     */
    public record CrossLanguage(@DefaultValue("true") boolean enabled, Path lexiconPath) {}

    /**
     * The say of the kNN list against the BM25 list when fusing each language's passages, as a
     * share from 0 to 1 (see {@code FusionWeights}): low for Spanish with the bundled English-only
     * model; 0.5 and 0.5 suit a multilingual model.
     */
    public record Fusion(
            @DecimalMin("0") @DecimalMax("1") @DefaultValue("0.2")
            double spanishVectorShare,

            @DecimalMin("0") @DecimalMax("1") @DefaultValue("0.6")
            double englishVectorShare) {}
}
