package org.millwright.knowledge.internal.parsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ChunkerTest {

    private static final String[] WORDS = {
        "pump", "bearing", "seal", "impeller", "check", "the", "grease", "motor", "shaft", "align", "vibration"
    };

    /** A Markdown text with one long section, made of seeded random sentences and paragraphs. */
    private static String longMarkdown(long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder("# Long section\n\n");
        for (int paragraph = 0; paragraph < 12; paragraph++) {
            for (int sentence = 0; sentence < 1 + random.nextInt(6); sentence++) {
                for (int word = 0; word < 4 + random.nextInt(14); word++) {
                    text.append(word == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
                }
                text.append(random.nextInt(4) == 0 ? ".\n" : ". ");
            }
            text.append("\n\n");
        }
        return text.append("## Short\n\nOnly one line here.\n").toString();
    }

    private static ParsedDocument parse(String markdown) {
        return new DocumentParser().parse(markdown.getBytes(StandardCharsets.UTF_8), "long.md", null);
    }

    @Test
    void aLongSectionSplitsWithOverlapAndExactOffsets() {
        String markdown = longMarkdown(7);
        ParsedDocument doc = parse(markdown);
        String[] lines = markdown.split("\n", -1);

        List<ChunkDraft> chunks = new Chunker(300, 60).chunk(doc.blocks());

        List<ChunkDraft> longSection = chunks.stream()
                .filter(c -> c.sectionPath().equals(List.of("Long section")))
                .toList();
        assertThat(longSection).hasSizeGreaterThan(3);
        assertThat(chunks.getLast().sectionPath()).containsExactly("Long section", "Short");
        assertThat(chunks.getLast().text()).isEqualTo("Only one line here.");
        for (int i = 0; i < chunks.size(); i++) {
            ChunkDraft chunk = chunks.get(i);
            assertThat(chunk.ordinal()).isEqualTo(i);
            assertThat(chunk.text().length()).isLessThanOrEqualTo(300);
            assertThat(markdown.substring(chunk.charStart(), chunk.charEnd())).isEqualTo(chunk.text());
            assertThat(chunk.text()).isEqualTo(chunk.text().strip());
            assertThat(lines[chunk.lineStart() - 1])
                    .contains(chunk.text().lines().findFirst().orElseThrow());
            assertThat(chunk.lineEnd() - chunk.lineStart())
                    .isEqualTo(chunk.text().split("\n", -1).length - 1);
        }
        for (int i = 1; i < longSection.size(); i++) {
            ChunkDraft previous = longSection.get(i - 1);
            ChunkDraft current = longSection.get(i);
            assertThat(current.charStart()).isLessThan(previous.charEnd()).isGreaterThan(previous.charStart());
            assertThat(previous.charEnd() - current.charStart()).isLessThanOrEqualTo(60);
            assertThat(Character.isWhitespace(markdown.charAt(current.charStart() - 1)))
                    .as("chunk %d starts at a word", i)
                    .isTrue();
        }
    }

    @Test
    void chunksNeverCrossPagesOrSections() {
        String body = "word ".repeat(100).strip();
        List<Block> blocks = List.of(
                new Block(body, List.of("A"), 1, null, null, 0, body.length()),
                new Block(body, List.of("A"), 2, null, null, body.length() + 2, 2 * body.length() + 2),
                new Block(body, List.of("B"), 2, null, null, 2 * body.length() + 4, 3 * body.length() + 4));

        List<ChunkDraft> chunks = new Chunker(200, 40).chunk(blocks);

        for (ChunkDraft chunk : chunks) {
            Block block = blocks.stream()
                    .filter(b -> b.charStart() <= chunk.charStart() && chunk.charEnd() <= b.charEnd())
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("chunk crosses blocks: " + chunk));
            assertThat(chunk.page()).isEqualTo(block.page());
            assertThat(chunk.sectionPath()).isEqualTo(block.sectionPath());
        }
        assertThat(chunks).extracting(ChunkDraft::page).containsSubsequence(1, 2, 2);
        assertThat(chunks.stream().filter(c -> c.page() == 1)).hasSizeGreaterThan(2);
    }

    @Test
    void withoutOverlapChunksTileTheText() {
        String text = "alpha beta gamma delta. ".repeat(40).strip();
        Block block = new Block(text, List.of(), null, 1, 1, 0, text.length());

        List<ChunkDraft> chunks = new Chunker(100, 0).chunk(List.of(block));

        assertThat(chunks).hasSizeGreaterThan(8);
        for (int i = 1; i < chunks.size(); i++) {
            assertThat(text.substring(chunks.get(i - 1).charEnd(), chunks.get(i).charStart()))
                    .isBlank();
        }
        assertThat(chunks.getFirst().text()).endsWith(".");
    }

    @Test
    void isDeterministicAndRejectsBadSettings() {
        ParsedDocument doc = parse(longMarkdown(11));

        assertThat(new Chunker().chunk(doc.blocks())).isEqualTo(new Chunker().chunk(doc.blocks()));
        assertThatIllegalArgumentException().isThrownBy(() -> new Chunker(100, 50));
        assertThatIllegalArgumentException().isThrownBy(() -> new Chunker(10, 0));
    }
}
