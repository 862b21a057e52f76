package org.millwright.inference.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.millwright.platform.error.InvalidRequestException;

/**
 * Time parameters of the inference API: ISO instants ({@code 2025-03-14T08:30:00Z}, or with an
 * offset) or dates ({@code 2025-03-14}, a whole UTC day).
 */
final class TimeParams {

    private TimeParams() {}

    /** An instant; a date is its UTC start, or with {@code end} the start of the next day. Null when absent. */
    static Instant instant(String name, String value, boolean end) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return (end ? day.plusDays(1) : day)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant();
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException e) {
            throw new InvalidRequestException("error.inference-bad-time", name, value);
        }
    }

    /** A UTC day: a date, or the day of an instant. Null when absent. */
    static LocalDate day(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            return text.length() == 10
                    ? LocalDate.parse(text)
                    : OffsetDateTime.parse(text)
                            .atZoneSameInstant(ZoneOffset.UTC)
                            .toLocalDate();
        } catch (DateTimeException e) {
            throw new InvalidRequestException("error.inference-bad-time", name, value);
        }
    }
}
