package org.millwright.inference.internal.usage;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.millwright.inference.QuotaExceededException;
import org.millwright.inference.internal.InferenceSettings;
import org.millwright.inference.internal.QuotaGate;
import org.springframework.stereotype.Component;

/**
 * Refuses inferences of a tenant whose tokens (in + out) of the current calendar month (UTC) have
 * reached its quota. Asked before every chat inference, so it answers from memory: each tenant's
 * count is read from the daily totals at most every {@code quota-refresh}, and this node's own
 * inferences are added to it as they are recorded. A count never runs behind this node's
 * inferences; other nodes' show after at most {@code quota-refresh}. The last inference before
 * the limit may overshoot it: tokens are known only after an answer.
 */
@Component
public class MonthlyTokenQuota implements QuotaGate {

    private final QuotaTable table;
    private final UsageLedger ledger;
    private final long defaultQuota;
    private final long refreshNanos;
    private final Clock clock;
    private final Map<UUID, Count> counts = new ConcurrentHashMap<>();

    MonthlyTokenQuota(QuotaTable table, UsageLedger ledger, InferenceSettings settings, Clock clock) {
        this.table = table;
        this.ledger = ledger;
        this.defaultQuota = settings.usage().monthlyTokenQuota();
        this.refreshNanos = settings.usage().quotaRefresh().toNanos();
        this.clock = clock;
    }

    @Override
    public void requireTokensLeft(UUID tenantId) {
        Count count = count(tenantId, YearMonth.now(clock.withZone(ZoneOffset.UTC)));
        long used = count.used.get();
        if (count.quota > 0 && used >= count.quota) {
            throw new QuotaExceededException(
                    count.quota, used, count.month.plusMonths(1).atDay(1));
        }
    }

    /** Adds a recorded inference's tokens to the tenant's count, when it is held for that month. */
    public void recorded(UUID tenantId, Instant at, long tokens) {
        Count count = counts.get(tenantId);
        if (count != null && count.month.equals(YearMonth.from(at.atOffset(ZoneOffset.UTC)))) {
            count.used.addAndGet(tokens);
        }
    }

    /** Drops the tenant's count (its quota changed); the next question reads it again. */
    public void forget(UUID tenantId) {
        counts.remove(tenantId);
    }

    private Count count(UUID tenantId, YearMonth month) {
        long now = System.nanoTime();
        Count held = counts.get(tenantId);
        if (held != null && held.month.equals(month) && now - held.loadedAt < refreshNanos) {
            return held;
        }
        Count fresh = new Count(
                month, now, table.own(tenantId).orElse(defaultQuota), new AtomicLong(ledger.tokens(tenantId, month)));
        counts.put(tenantId, fresh);
        return fresh;
    }

    private record Count(YearMonth month, long loadedAt, long quota, AtomicLong used) {}
}
