package org.millwright.knowledge.internal.parsing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which lines of a text or Markdown file are headings, and of which level.
 *
 * <ul>
 *   <li>Markdown ATX: {@code #} to {@code ######} then a space: level 1 to 6.
 *   <li>Markdown setext: a line after a blank line (or the start), underlined by {@code ===} (level
 *       1) or {@code ---} (level 2).
 *   <li>Plain text "numbered": a number like {@code 5.}, {@code 1.2} or {@code 3.1.4} followed by a
 *       short title that starts with a capital and does not end like a sentence ({@code .,;:}),
 *       at most {@value #MAX_WORDS} words and {@value #MAX_LENGTH} characters: level = depth + 1.
 *   <li>Plain text "caps": a short line of at least three letters, all of them capitals, not
 *       ending in a period: level 1.
 * </ul>
 *
 * In Markdown, the plain-text rules apply only to lines that are entirely bold ({@code
 * **1. OBJETIVOS**}), as PDF-to-Markdown conversions write headings, and their levels are put
 * below the six ATX levels.
 */
final class HeadingRules {

    static final int MAX_WORDS = 10;
    static final int MAX_LENGTH = 80;

    private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-+)[ \\t]*$");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3}(?:\\.\\d{1,3}){0,4})\\.?[ \\t]+(\\p{Lu}.*)$");
    private static final Pattern BOLD = Pattern.compile("^ {0,3}\\*\\*(.+?)\\*\\*[ \\t]*$");

    /** A heading line: its level and its text. */
    record Heading(int level, String title) {}

    private HeadingRules() {}

    static Heading atx(String line) {
        Matcher m = ATX.matcher(line);
        if (!m.matches()) {
            return null;
        }
        String title = m.group(2) == null ? "" : m.group(2).strip();
        return title.isEmpty() ? null : new Heading(m.group(1).length(), title);
    }

    /** 1 for a {@code ===} underline, 2 for {@code ---}, else 0. */
    static int setextLevel(String line) {
        Matcher m = SETEXT.matcher(line);
        return !m.matches() ? 0 : m.group(1).charAt(0) == '=' ? 1 : 2;
    }

    /** A Markdown line that is entirely bold and reads like a heading. */
    static Heading boldHeading(String line) {
        Matcher m = BOLD.matcher(line);
        if (!m.matches() || m.group(1).contains("**")) {
            return null;
        }
        Heading inner = plainHeading(m.group(1).strip());
        return inner == null ? null : new Heading(inner.level() + 6, inner.title());
    }

    /** A plain-text line that reads like a numbered or capitalised heading. */
    static Heading plainHeading(String line) {
        String text = line.strip();
        if (text.isEmpty() || text.length() > MAX_LENGTH || endsLikeSentence(text)) {
            return null;
        }
        Matcher m = NUMBERED.matcher(text);
        if (m.matches()) {
            int depth = m.group(1).split("\\.").length;
            return words(m.group(2)) <= MAX_WORDS ? new Heading(depth + 1, text) : null;
        }
        return isCaps(text) ? new Heading(1, text) : null;
    }

    private static boolean endsLikeSentence(String text) {
        char last = text.charAt(text.length() - 1);
        return last == '.' || last == ',' || last == ';' || last == ':';
    }

    private static boolean isCaps(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        boolean noLower = text.codePoints().noneMatch(Character::isLowerCase);
        return letters >= 3 && noLower && words(text) <= MAX_WORDS;
    }

    private static int words(String text) {
        return text.strip().split("\\s+").length;
    }
}
