package org.millwright.inference.internal.usage;

import java.time.Instant;

/**
 * A tenant's token quota this calendar month (UTC).
 *
 * @param month the month, e.g. {@code 2025-03}
 * @param used tokens (in + out) used this month
 * @param quota the quota in force; 0: unlimited
 * @param remaining tokens left (null when unlimited)
 * @param exceeded whether inferences are refused until the quota renews
 * @param renewsAt when the next month starts
 * @param tenantQuota the tenant's own quota, when set (else the default applies)
 * @param defaultQuota the global default ({@code millwright.inference.usage.monthly-token-quota})
 */
public record QuotaState(
        String month,
        long used,
        long quota,
        Long remaining,
        boolean exceeded,
        Instant renewsAt,
        Long tenantQuota,
        long defaultQuota) {}
