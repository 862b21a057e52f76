package org.millwright.assistant.internal.analysis;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Numbers and dates written for a language: {@code 1.234,5} in Spanish, {@code 1,234.5} in English. */
final class Numbers {

    private final Locale locale;

    Numbers(Locale locale) {
        this.locale = locale;
    }

    /** At most one decimal. */
    String hours(double value) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(1);
        f.setMinimumFractionDigits(0);
        return f.format(value);
    }

    /** A fraction as a percentage with up to two decimals ({@code 0.99943} is {@code 99.94%}). */
    String percent(double fraction) {
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMaximumFractionDigits(2);
        return f.format(fraction);
    }

    /** Whole units with grouping. */
    String amount(BigDecimal value) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(
                value.scale() > 0 && value.stripTrailingZeros().scale() > 0 ? 2 : 0);
        return f.format(value);
    }

    String integer(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    String date(LocalDate date) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
    }

    /** ISO dates of a period, for sources (language-neutral). */
    static String isoRange(LocalDate from, LocalDate lastDay) {
        return from + "/" + lastDay;
    }
}
