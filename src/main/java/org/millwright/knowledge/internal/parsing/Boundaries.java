package org.millwright.knowledge.internal.parsing;

/** Where to cut text: paragraph, line, sentence and word boundaries. */
final class Boundaries {

    private Boundaries() {}

    /**
     * The cut for a chunk starting at {@code start}: an offset in ({@code start + target/2},
     * {@code start + target}], preferring a blank line, then a line end, then a sentence end, then
     * a space; the window end when there is none.
     */
    static int cut(String text, int start, int target) {
        int limit = Math.min(text.length(), start + target);
        int floor = start + target / 2;
        int found = lastAfter(text, "\n\n", floor, limit);
        if (found < 0) {
            found = lastAfter(text, "\n", floor, limit);
        }
        if (found < 0) {
            found = lastSentenceEnd(text, floor, limit);
        }
        if (found < 0) {
            found = lastSpace(text, floor, limit);
        }
        return found < 0 ? limit : found;
    }

    /** The first word start at or after {@code from} and before {@code before}, else {@code from}. */
    static int wordStart(String text, int from, int before) {
        for (int i = from; i < before; i++) {
            boolean afterSpace = i == 0 || Character.isWhitespace(text.charAt(i - 1));
            if (afterSpace && !Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return from;
    }

    /** The offset just after the last {@code separator} that ends in (floor, limit], else -1. */
    private static int lastAfter(String text, String separator, int floor, int limit) {
        int at = text.lastIndexOf(separator, limit - separator.length());
        return at >= 0 && at + separator.length() > floor ? at + separator.length() : -1;
    }

    private static int lastSentenceEnd(String text, int floor, int limit) {
        for (int i = limit - 1; i > floor; i--) {
            char c = text.charAt(i - 1);
            if ((c == '.' || c == '!' || c == '?' || c == ';') && Character.isWhitespace(text.charAt(i))) {
                return i + 1;
            }
        }
        return -1;
    }

    private static int lastSpace(String text, int floor, int limit) {
        for (int i = limit - 1; i > floor; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i + 1;
            }
        }
        return -1;
    }
}
