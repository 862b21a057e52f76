package org.millwright.inference;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The tenant's monthly token quota is spent: an {@link InferenceException} with reason {@link
 * InferenceException.Reason#QUOTA_EXCEEDED}, telling the quota and when it renews (the first day
 * of the next calendar month, UTC). The message key {@link #MESSAGE_KEY} takes {@link
 * #messageArgs()}, for callers that answer it as 429.
 */
public class QuotaExceededException extends InferenceException {

    /** The key of the user-facing message, in the inference module's bundles. */
    public static final String MESSAGE_KEY = "inference.quota-exceeded";

    private final long quota;
    private final long used;
    private final LocalDate renewsOn;

    public QuotaExceededException(long quota, long used, LocalDate renewsOn) {
        super(
                Reason.QUOTA_EXCEEDED,
                "The monthly token quota of " + quota + " is spent (" + used + " used); it renews on " + renewsOn);
        this.quota = quota;
        this.used = used;
        this.renewsOn = renewsOn;
    }

    /** The tenant's monthly quota of tokens (in + out). */
    public long quota() {
        return quota;
    }

    /** Tokens used this month. */
    public long used() {
        return used;
    }

    /** The day (UTC) the quota renews. */
    public LocalDate renewsOn() {
        return renewsOn;
    }

    /** How long until the quota renews, counted from {@code now}. */
    public Duration retryAfter(Instant now) {
        Duration wait =
                Duration.between(now, renewsOn.atStartOfDay(ZoneOffset.UTC).toInstant());
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    /** The arguments of {@link #MESSAGE_KEY}: the quota, then the renewal date (ISO, e.g. 2025-02-01). */
    public Object[] messageArgs() {
        return new Object[] {quota, renewsOn.toString()};
    }
}
