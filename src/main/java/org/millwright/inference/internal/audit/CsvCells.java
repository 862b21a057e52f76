package org.millwright.inference.internal.audit;

/**
 * Neutralises CSV cells a spreadsheet would run as a formula: text starting with {@code =}, {@code
 * +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe, so it shows as
 * text (OWASP's advice against CSV injection). Prompts and answers are user-written text.
 */
final class CsvCells {

    private CsvCells() {}

    static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }
}
