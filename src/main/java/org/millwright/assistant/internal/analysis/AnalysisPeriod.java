package org.millwright.assistant.internal.analysis;

import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a maintenance analysis covers, {@code from} inclusive to {@code to} exclusive, read
 * from the question when it names a period ("last 90 days", "últimos 3 meses", "último mes",
 * "this year", "el año pasado", "2025"), else the default months up to today. {@code named}
 * says whether the question named it. At most five years, never after today.
 */
public record AnalysisPeriod(LocalDate from, LocalDate to, boolean named) {

    static final Period LONGEST = Period.ofYears(5);
    private static final int U = Pattern.UNICODE_CHARACTER_CLASS;

    private static final Pattern LAST_N = Pattern.compile(
            "\\b(?:last|past|the\\s+last|[uú]ltim[oa]s|pasad[oa]s)\\s+(\\d{1,4})\\s+"
                    + "(days?|weeks?|months?|years?|d[ií]as?|semanas?|mes(?:es)?|a[nñ]os?)\\b",
            U);
    private static final Pattern LAST_ONE = Pattern.compile(
            "\\b(?:last|past|[uú]ltim[oa])\\s+(day|week|month|year|d[ií]a|semana|mes|a[nñ]o)\\b"
                    + "|\\b(d[ií]a|semana|mes)\\s+pasad[oa]\\b",
            U);
    private static final Pattern PREVIOUS_YEAR =
            Pattern.compile("\\blast\\s+calendar\\s+year\\b|\\ba[nñ]o\\s+pasado\\b", U);
    private static final Pattern THIS = Pattern.compile("\\b(?:this|este|esta)\\s+(year|month|a[nñ]o|mes)\\b", U);
    private static final Pattern YEAR = Pattern.compile("(?<![\\p{Alnum}-])(20\\d{2})(?![\\p{Alnum}-])", U);

    /** The period of the question, read on {@code today} (in the plant's zone). */
    static AnalysisPeriod of(String question, LocalDate today, int defaultMonths) {
        String q = question == null ? "" : question.toLowerCase(Locale.ROOT);
        LocalDate end = today.plusDays(1);
        Matcher m = LAST_N.matcher(q);
        if (m.find()) {
            int n = Integer.parseInt(m.group(1));
            if (n > 0) {
                return back(end, unit(m.group(2), n));
            }
        }
        if (PREVIOUS_YEAR.matcher(q).find()) {
            LocalDate first = LocalDate.of(today.getYear() - 1, 1, 1);
            return new AnalysisPeriod(first, first.plusYears(1), true);
        }
        m = LAST_ONE.matcher(q);
        if (m.find()) {
            return back(end, unit(m.group(1) != null ? m.group(1) : m.group(2), 1));
        }
        m = THIS.matcher(q);
        if (m.find()) {
            boolean year = m.group(1).startsWith("y") || m.group(1).startsWith("a");
            return new AnalysisPeriod(year ? today.withDayOfYear(1) : today.withDayOfMonth(1), end, true);
        }
        m = YEAR.matcher(q);
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            if (year <= today.getYear()) {
                LocalDate first = LocalDate.of(year, 1, 1);
                LocalDate after = first.plusYears(1);
                return new AnalysisPeriod(first, after.isAfter(end) ? end : after, true);
            }
        }
        return new AnalysisPeriod(end.minusMonths(defaultMonths), end, false);
    }

    private static AnalysisPeriod back(LocalDate end, Period length) {
        LocalDate from = end.minus(length);
        LocalDate earliest = end.minus(LONGEST);
        return new AnalysisPeriod(from.isBefore(earliest) ? earliest : from, end, true);
    }

    private static Period unit(String word, int n) {
        int capped = Math.min(n, 3660);
        return switch (word.charAt(0)) {
            case 'd' -> Period.ofDays(capped);
            case 'w', 's' -> Period.ofWeeks(Math.min(capped, 522));
            case 'm' -> Period.ofMonths(Math.min(capped, 120));
            default -> Period.ofYears(Math.min(capped, 10));
        };
    }
}
