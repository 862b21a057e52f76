package org.millwright.inference.internal.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import org.millwright.inference.InferenceRecorded;
import org.millwright.inference.internal.usage.MonthlyTokenQuota;
import org.millwright.inference.internal.usage.UsageLedger;
import org.millwright.platform.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the audit row of every {@link InferenceRecorded} and adds it to the daily usage totals
 * and the quota count. It runs on the publisher's thread once the answer is complete, in
 * transactions of its own, and never throws: a failed write is logged and the answer stands.
 * An event written before (same id) is not counted twice.
 */
@Component
class InferenceRecorder {

    private static final Logger log = LoggerFactory.getLogger(InferenceRecorder.class);
    private final InferenceAudit audit;
    private final UsageLedger ledger;
    private final MonthlyTokenQuota quota;
    private final TransactionTemplate tx;

    InferenceRecorder(
            InferenceAudit audit,
            UsageLedger ledger,
            MonthlyTokenQuota quota,
            PlatformTransactionManager transactions) {
        this.audit = audit;
        this.ledger = ledger;
        this.quota = quota;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener
    void on(InferenceRecorded e) {
        if (e.tenantId() == null) {
            log.warn("Inference {} ({}) recorded without a tenant; not audited", e.id(), e.endpoint());
            return;
        }
        try {
            TenantContext.run(e.tenantId(), () -> record(e));
        } catch (RuntimeException failure) {
            log.error("Could not record inference {} of tenant {}", e.id(), e.tenantId(), failure);
        }
    }

    private void record(InferenceRecorded e) {
        try {
            tx.executeWithoutResult(s -> audit.write(e));
        } catch (DuplicateKeyException duplicate) {
            log.warn("Inference {} of tenant {} was already recorded; not counted again", e.id(), e.tenantId());
            return;
        } catch (RuntimeException failure) {
            log.error("Could not write the audit row of inference {} of tenant {}", e.id(), e.tenantId(), failure);
        }
        Instant at = e.at() == null ? Instant.now() : e.at();
        long in = Math.max(0, e.tokensIn());
        long out = Math.max(0, e.tokensOut());
        ledger.add(
                e.tenantId(),
                at.atOffset(ZoneOffset.UTC).toLocalDate(),
                e.userId(),
                e.model(),
                !"OK".equals(InferenceAudit.status(e)),
                in,
                out);
        quota.recorded(e.tenantId(), at, in + out);
    }
}
