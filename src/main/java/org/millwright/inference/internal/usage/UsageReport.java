package org.millwright.inference.internal.usage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Inferences, errors, tokens and cost of the tenant from {@code from} to {@code to} (UTC days,
 * both included), in total and per group, with this month's quota state.
 */
public record UsageReport(
        LocalDate from,
        LocalDate to,
        String groupBy,
        String currency,
        List<Group> groups,
        Tally total,
        QuotaState quota) {

    /**
     * One group: a day ({@code 2025-03-14}), a user's id ({@code none} for inferences without a
     * user, {@code label} their name) or a model ({@code unknown} when not reported).
     */
    public record Group(String key, String label, Tally usage) {}

    /**
     * Counts and cost. {@code priced} is false when a model used has no price in the table: its
     * tokens cost 0.
     */
    public record Tally(long requests, long errors, long tokensIn, long tokensOut, BigDecimal cost, boolean priced) {

        static final Tally ZERO = new Tally(0, 0, 0, 0, BigDecimal.ZERO, true);

        Tally plus(Tally other) {
            return new Tally(
                    requests + other.requests,
                    errors + other.errors,
                    tokensIn + other.tokensIn,
                    tokensOut + other.tokensOut,
                    cost.add(other.cost),
                    priced && other.priced);
        }
    }
}
