package org.millwright.assistant.internal.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentences of a passage: lines joined back into paragraphs (manuals wrap lines mid-sentence),
 * table rows and list items kept apart, markdown marks dropped, then split after a full stop,
 * question or exclamation mark followed by a capital, digit or opening mark.
 */
final class Sentences {

    static final int MIN_CHARS = 20;
    static final int MAX_CHARS = 400;
    static final int HEADING_CHARS = 60;
    private static final Pattern SPLIT = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\\p{Nd}¿¡(\"“])");
    private static final Pattern TABLE_RULE = Pattern.compile("^\\|?\\s*:?-{2,}.*");
    private static final Pattern MARKUP = Pattern.compile("\\*\\*|__|<br\\s*/?>|^#+\\s*|`");
    private static final Pattern LIST_ITEM = Pattern.compile("^([-*•■▪●◦–]|\\d+(\\.\\d+)*[.)]?)\\s+.*");
    private static final Pattern BULLET = Pattern.compile("^[-*•■▪●◦–]\\s+");
    private static final Pattern BROKEN_WORD = Pattern.compile("(?<=\\p{L}) ?-$");
    static final int MIN_WORDS = 5;

    private Sentences() {}

    static List<String> of(String text) {
        List<String> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        String previous = "";
        for (String raw : (text == null ? "" : text).split("\\R")) {
            if (raw.strip().startsWith("#")) {
                flush(paragraph, blocks);
                continue;
            }
            String line = MARKUP.matcher(raw.strip()).replaceAll(" ").strip();
            if (line.isEmpty() || TABLE_RULE.matcher(line).matches()) {
                flush(paragraph, blocks);
                continue;
            }
            if (heading(previous, line) && paragraph.toString().equals(previous)) {
                paragraph.setLength(0);
            }
            previous = line;
            if (line.startsWith("|")) {
                flush(paragraph, blocks);
                blocks.add(tableRow(line));
                continue;
            }
            if (LIST_ITEM.matcher(line).matches()) {
                flush(paragraph, blocks);
            }
            line = BULLET.matcher(line).replaceFirst("");
            Matcher broken = BROKEN_WORD.matcher(paragraph);
            if (broken.find() && Character.isLowerCase(line.charAt(0))) {
                paragraph.setLength(broken.start());
                paragraph.append(line);
            } else {
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(line);
            }
        }
        flush(paragraph, blocks);
        List<String> out = new ArrayList<>();
        for (String block : blocks) {
            for (String s : SPLIT.split(block)) {
                String sentence = s.replaceAll("\\s+", " ").strip();
                if (sentence.length() >= MIN_CHARS && sentence.split(" ").length >= MIN_WORDS) {
                    out.add(bounded(sentence));
                }
            }
        }
        return out;
    }

    /** A short line without final punctuation followed by a capitalised one is a title, not prose. */
    private static boolean heading(String previous, String next) {
        return !previous.isEmpty()
                && previous.length() < HEADING_CHARS
                && ".:;,!?".indexOf(previous.charAt(previous.length() - 1)) < 0
                && Character.isUpperCase(next.charAt(0));
    }

    private static String tableRow(String line) {
        List<String> cells = new ArrayList<>();
        for (String cell : line.split("\\|")) {
            String c = cell.strip();
            if (!c.isEmpty() && !c.matches("Col\\d+")) {
                cells.add(c);
            }
        }
        return String.join(" · ", cells);
    }

    private static void flush(StringBuilder paragraph, List<String> blocks) {
        if (!paragraph.isEmpty()) {
            blocks.add(paragraph.toString());
            paragraph.setLength(0);
        }
    }

    private static String bounded(String sentence) {
        if (sentence.length() <= MAX_CHARS) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', MAX_CHARS - 1);
        return sentence.substring(0, cut > MAX_CHARS / 2 ? cut : MAX_CHARS - 1) + "…";
    }
}
