package org.millwright.knowledge.internal.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownParsingTest {

    private static final String MARKDOWN = String.join(
            "\n",
            "---", //                                       1
            "title: Front matter title", //                 2
            "---", //                                       3
            "# Pump P-101", //                              4
            "", //                                          5
            "Centrifugal pump of the cooling loop.", //     6
            "", //                                          7
            "## Lubrication", //                            8
            "Grease the bearings monthly.", //              9
            "Use lithium grease.", //                       10
            "", //                                          11
            "### Grease quantity", //                       12
            "Ten grams per bearing.", //                    13
            "", //                                          14
            "```sh", //                                     15
            "# not a heading", //                           16
            "```", //                                       17
            "", //                                          18
            "Seals", //                                     19
            "-----", //                                     20
            "Check the mechanical seal for leaks.", //     21
            "", //                                          22
            "**1. OBJETIVOS**", //                          23
            "Keep the pump running.", //                   24
            "");

    private final DocumentParser parser = new DocumentParser();

    private ParsedDocument parse() {
        return parser.parse(MARKDOWN.getBytes(StandardCharsets.UTF_8), "p101.md", "text/markdown");
    }

    @Test
    void headingsBuildTheSectionPathsAndLinesAreExact() {
        ParsedDocument doc = parse();

        assertThat(doc.detectedMediaType()).isEqualTo("text/markdown");
        assertThat(doc.title()).isEqualTo("Pump P-101");
        assertThat(doc.blocks())
                .extracting(Block::sectionPath, Block::lineStart, Block::lineEnd)
                .containsExactly(
                        tuple(List.of("Pump P-101"), 6, 6),
                        tuple(List.of("Pump P-101", "Lubrication"), 9, 10),
                        tuple(List.of("Pump P-101", "Lubrication", "Grease quantity"), 13, 17),
                        tuple(List.of("Pump P-101", "Seals"), 21, 21),
                        tuple(List.of("Pump P-101", "Seals", "1. OBJETIVOS"), 24, 24));
    }

    @Test
    void chunkLinesPointAtTheSourceLines() {
        ParsedDocument doc = parse();
        String[] lines = MARKDOWN.split("\n", -1);

        List<ChunkDraft> chunks = new Chunker().chunk(doc.blocks());

        assertThat(chunks).hasSize(5);
        ChunkDraft lubrication = chunks.get(1);
        assertThat(lubrication.lineStart()).isEqualTo(9);
        assertThat(lubrication.lineEnd()).isEqualTo(10);
        assertThat(lubrication.text()).isEqualTo(lines[8] + "\n" + lines[9]);
        assertThat(chunks).allSatisfy(chunk -> {
            assertThat(doc.fullText().substring(chunk.charStart(), chunk.charEnd()))
                    .isEqualTo(chunk.text());
            assertThat(chunk.text()).startsWith(lines[chunk.lineStart() - 1].strip());
            assertThat(chunk.text()).endsWith(lines[chunk.lineEnd() - 1].strip());
        });
    }

    @Test
    void frontMatterTitleIsUsedWithoutALevelOneHeading() {
        String text = "---\ntitle: Seal guide\n---\n\n## Seals\nCheck them.\n";

        ParsedDocument doc = parser.parse(text.getBytes(StandardCharsets.UTF_8), "guide.md", null);

        assertThat(doc.title()).isEqualTo("Seal guide");
        assertThat(doc.blocks()).singleElement().satisfies(block -> {
            assertThat(block.sectionPath()).containsExactly("Seals");
            assertThat(block.lineStart()).isEqualTo(6);
        });
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
