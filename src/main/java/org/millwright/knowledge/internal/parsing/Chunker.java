package org.millwright.knowledge.internal.parsing;

import java.util.ArrayList;
import java.util.List;

/**
 * Blocks → chunks of about {@code targetChars} characters. A chunk never leaves its block, so it
 * never crosses a page or a section. A longer block is cut at the last paragraph break (blank
 * line) in the second half of the window, else the last line break, else the last sentence end,
 * else the last space, else hard at the window; the next chunk starts about {@code overlapChars}
 * before the cut, at a word start. Chunks are trimmed; their offsets and line ranges are exact.
 * Deterministic.
 */
public class Chunker {

    public static final int DEFAULT_TARGET_CHARS = 800;
    public static final int DEFAULT_OVERLAP_CHARS = 120;

    private final int target;
    private final int overlap;

    public Chunker() {
        this(DEFAULT_TARGET_CHARS, DEFAULT_OVERLAP_CHARS);
    }

    /** The overlap must be smaller than half the target, so every chunk moves forward. */
    public Chunker(int targetChars, int overlapChars) {
        if (targetChars < 20 || overlapChars < 0 || overlapChars >= targetChars / 2) {
            throw new IllegalArgumentException(
                    "need target >= 20 and 0 <= overlap < target/2: " + targetChars + ", " + overlapChars);
        }
        this.target = targetChars;
        this.overlap = overlapChars;
    }

    public List<ChunkDraft> chunk(List<Block> blocks) {
        List<ChunkDraft> chunks = new ArrayList<>();
        for (Block block : blocks) {
            split(block, chunks);
        }
        return chunks;
    }

    private void split(Block block, List<ChunkDraft> out) {
        String text = block.text();
        int start = skipSpace(text, 0);
        while (start < text.length()) {
            int cut = text.length() - start <= target ? text.length() : Boundaries.cut(text, start, target);
            int end = cut;
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end > start) {
                out.add(draft(block, start, end, out.size()));
            }
            if (cut >= text.length()) {
                return;
            }
            int next = Boundaries.wordStart(text, Math.max(cut - overlap, start + 1), cut);
            start = skipSpace(text, overlap == 0 ? cut : next);
        }
    }

    private static ChunkDraft draft(Block block, int start, int end, int ordinal) {
        Integer lineStart = null;
        Integer lineEnd = null;
        if (block.lineStart() != null) {
            lineStart = block.lineStart() + newlines(block.text(), 0, start);
            lineEnd = lineStart + newlines(block.text(), start, end);
        }
        return new ChunkDraft(
                block.text().substring(start, end),
                block.sectionPath(),
                block.page(),
                lineStart,
                lineEnd,
                block.charStart() + start,
                block.charStart() + end,
                ordinal);
    }

    private static int newlines(String text, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }

    private static int skipSpace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
