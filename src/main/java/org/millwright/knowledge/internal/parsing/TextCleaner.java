package org.millwright.knowledge.internal.parsing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** Decoding of text files and normalization of extracted text. */
final class TextCleaner {

    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0\\u2007\\u202F\\f\\u000B]+");
    private static final Pattern CONTROL = Pattern.compile("[\\u0000-\\u0008\\u000E-\\u001F\\u00AD]");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

    private TextCleaner() {}

    /**
     * UTF-8 (a BOM is dropped) when the bytes are valid UTF-8, UTF-16 when they start with its BOM,
     * else windows-1252, the usual encoding of older Spanish and English text files.
     */
    static String decode(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, StandardCharsets.UTF_16);
        }
        int skip =
                bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    /** Line ends become {@code \n}; control characters go; line count and line contents stay. */
    static String normalizeLines(String text) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        return unified.replace("\u0000", "");
    }

    /**
     * For extracted text (PDF pages, office files): runs of spaces become one space, lines are
     * trimmed, more than one blank line becomes one, and the whole is trimmed.
     */
    static String clean(String text) {
        String lines = CONTROL.matcher(normalizeLines(text)).replaceAll("");
        StringBuilder out = new StringBuilder(lines.length());
        for (String line : lines.split("\n", -1)) {
            out.append(SPACES.matcher(line).replaceAll(" ").strip()).append('\n');
        }
        return BLANK_LINES.matcher(out).replaceAll("\n\n").strip();
    }

    /** One line: every run of whitespace becomes one space. */
    static String oneLine(String text) {
        return clean(text).replaceAll("\\s+", " ");
    }
}
