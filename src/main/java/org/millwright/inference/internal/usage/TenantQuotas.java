package org.millwright.inference.internal.usage;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.millwright.inference.internal.InferenceSettings;
import org.millwright.platform.audit.AuditLog;
import org.millwright.platform.error.InvalidRequestException;
import org.millwright.platform.security.CurrentPrincipal;
import org.millwright.platform.security.MillwrightPrincipal;
import org.millwright.platform.tenancy.TenantContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Monthly token quotas: the global default and a tenant's own, which replaces it (0: unlimited).
 * Months are calendar months in UTC.
 */
@Service
public class TenantQuotas {

    private final QuotaTable table;
    private final UsageLedger ledger;
    private final long defaultQuota;
    private final AuditLog audit;
    private final Clock clock;
    private final MonthlyTokenQuota gate;

    TenantQuotas(
            QuotaTable table,
            UsageLedger ledger,
            InferenceSettings settings,
            AuditLog audit,
            Clock clock,
            MonthlyTokenQuota gate) {
        this.table = table;
        this.ledger = ledger;
        this.defaultQuota = settings.usage().monthlyTokenQuota();
        this.audit = audit;
        this.clock = clock;
        this.gate = gate;
    }

    /** The quota state of the tenant in context this month. */
    @Transactional(readOnly = true)
    public QuotaState current() {
        UUID tenant = TenantContext.require();
        YearMonth month = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        Optional<Long> own = table.own(tenant);
        return state(month, ledger.tokens(tenant, month), own.orElse(defaultQuota), own.orElse(null), defaultQuota);
    }

    /** Sets the own quota of the tenant in context: null goes back to the default, 0 is unlimited. */
    @Transactional
    public QuotaState set(Long monthlyTokens) {
        if (monthlyTokens != null && monthlyTokens < 0) {
            throw new InvalidRequestException("error.inference-quota-negative");
        }
        UUID tenant = TenantContext.require();
        Long before = table.own(tenant).orElse(null);
        table.replace(
                tenant,
                monthlyTokens,
                CurrentPrincipal.get().map(MillwrightPrincipal::subjectId).orElse(null),
                Instant.now(clock));
        audit.record("inference.quota-changed", "tenant", tenant, quota(before), quota(monthlyTokens));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                gate.forget(tenant);
            }
        });
        return current();
    }

    static QuotaState state(YearMonth month, long used, long quota, Long tenantQuota, long defaultQuota) {
        Instant renews =
                month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        boolean limited = quota > 0;
        return new QuotaState(
                month.toString(),
                used,
                quota,
                limited ? Math.max(0, quota - used) : null,
                limited && used >= quota,
                renews,
                tenantQuota,
                defaultQuota);
    }

    private static Map<String, Object> quota(Long value) {
        Map<String, Object> map = new HashMap<>();
        map.put("monthlyTokenQuota", value);
        return map;
    }
}
