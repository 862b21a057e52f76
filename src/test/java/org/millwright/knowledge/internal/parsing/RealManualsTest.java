package org.millwright.knowledge.internal.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The two public manuals beside the project ({@code ../shared/data/manuals}); skipped when absent. */
class RealManualsTest {

    private static final String ENGLISH = "en_doe_pump_sourcebook/basic_pump_maintenance.txt";
    private static final String SPANISH = "es_ecobio_mantenimiento_bombas/IT-OP-MBH_mantenimiento_preventivo_bombas.md";

    private final DocumentParser parser = new DocumentParser();
    private final Chunker chunker = new Chunker();

    private static Path manual(String relative) {
        Path p = Path.of("../shared/data/manuals").resolve(relative);
        Assumptions.assumeTrue(Files.exists(p), "the shared manuals are not beside the project: " + p);
        return p;
    }

    private ParsedDocument parse(Path path) throws IOException {
        return parser.parse(Files.readAllBytes(path), path.getFileName().toString(), null);
    }

    @Test
    void englishPumpManual() throws IOException {
        Path path = manual(ENGLISH);
        ParsedDocument doc = parse(path);
        List<ChunkDraft> chunks = chunker.chunk(doc.blocks());

        assertThat(doc.detectedMediaType()).isEqualTo("text/plain");
        assertThat(doc.language()).isEqualTo("en");
        assertThat(headings(doc)).anySatisfy(h -> assertThat(h).containsIgnoringCase("pump maintenance"));
        assertThat(chunks).hasSizeBetween(12, 40);
        assertThat(chunks).anySatisfy(c -> assertThat(c.text()).containsIgnoringCase("packing"));
        assertExact(doc, chunks, Files.readAllLines(path).size());
    }

    @Test
    void spanishPumpManual() throws IOException {
        Path path = manual(SPANISH);
        ParsedDocument doc = parse(path);
        List<ChunkDraft> chunks = chunker.chunk(doc.blocks());

        assertThat(doc.detectedMediaType()).isEqualTo("text/markdown");
        assertThat(doc.language()).isEqualTo("es");
        assertThat(doc.title()).startsWith("Anexo 9");
        assertThat(headings(doc))
                .hasSizeGreaterThanOrEqualTo(5)
                .anySatisfy(h -> assertThat(h).containsIgnoringCase("OBJETIVOS"));
        assertThat(chunks).hasSizeBetween(6, 30);
        assertThat(chunks).anySatisfy(c -> assertThat(c.text()).containsIgnoringCase("rodamientos"));
        assertThat(doc.blocks()).noneSatisfy(b -> assertThat(b.text()).contains("<!--"));
        assertThat(doc.blocks()).noneSatisfy(b -> assertThat(b.text()).contains("author:"));
        assertExact(doc, chunks, Files.readAllLines(path).size());
    }

    private static List<String> headings(ParsedDocument doc) {
        return doc.blocks().stream()
                .flatMap(b -> b.sectionPath().stream())
                .distinct()
                .toList();
    }

    private static void assertExact(ParsedDocument doc, List<ChunkDraft> chunks, int lineCount) {
        assertThat(chunks).allSatisfy(c -> {
            assertThat(doc.fullText().substring(c.charStart(), c.charEnd())).isEqualTo(c.text());
            assertThat(c.lineStart()).isBetween(1, c.lineEnd());
            assertThat(c.lineEnd()).isLessThanOrEqualTo(lineCount);
            assertThat(c.text().length()).isLessThanOrEqualTo(Chunker.DEFAULT_TARGET_CHARS);
            assertThat(Objects.requireNonNull(c.sectionPath())).isNotNull();
        });
    }
}
