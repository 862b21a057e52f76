package org.millwright.maintenance.internal.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Times as plants write them: an ISO date ({@code 2025-03-14}) or date-time ({@code 2025-03-14T08:30},
 * seconds optional, a space instead of {@code T} accepted), read in the plant's zone unless they
 * carry an offset ({@code Z}, {@code -03:00}).
 */
public final class PlantTimes {

    private PlantTimes() {}

    /** The instant {@code text} names; a date alone is the start of that day. */
    public static Instant parse(String text, ZoneId zone) {
        String s = text.strip();
        if (s.length() == 10) {
            return LocalDate.parse(s).atStartOfDay(zone).toInstant();
        }
        s = s.replace(' ', 'T');
        if (hasOffset(s)) {
            return OffsetDateTime.parse(s).toInstant();
        }
        return LocalDateTime.parse(s).atZone(zone).toInstant();
    }

    /** The end (exclusive) of what {@code text} names: a date alone means the whole day. */
    public static Instant parseEnd(String text, ZoneId zone) {
        String s = text.strip();
        if (s.length() == 10) {
            return LocalDate.parse(s).plusDays(1).atStartOfDay(zone).toInstant();
        }
        return parse(s, zone);
    }

    /** {@code instant} in plant time, to the second, without offset ({@code 2025-03-14T08:30}). */
    public static String format(Instant instant, ZoneId zone) {
        return LocalDateTime.ofInstant(instant, zone)
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();
    }

    private static boolean hasOffset(String s) {
        int t = s.indexOf('T');
        if (t < 0) {
            throw new DateTimeParseException("not an ISO date or date-time", s, 0);
        }
        for (int i = t + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'Z' || c == 'z' || c == '+' || c == '-') {
                return true;
            }
        }
        return false;
    }
}
