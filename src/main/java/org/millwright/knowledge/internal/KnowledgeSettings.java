package org.millwright.knowledge.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import java.nio.file.Path;
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
        @Valid @DefaultValue Embedding embedding) {

    /** Which embedding model: the bundled one, a local ONNX file, or a server. */
    public record Embedding(
            @DefaultValue("in-process") String provider,
            Path modelPath,
            Path tokenizerPath,
            String baseUrl,
            String model,
            String apiKey) {}
}
