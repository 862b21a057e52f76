package org.millwright.inference.internal;

import java.util.UUID;

/**
 * Asked before every chat inference whether the tenant may still spend tokens. Every bean of this
 * type is asked; none refusing lets the inference run.
 */
public interface QuotaGate {

    /**
     * @throws org.millwright.inference.InferenceException with {@link
     *     org.millwright.inference.InferenceException.Reason#QUOTA_EXCEEDED} when the tenant's
     *     quota for the period is spent
     */
    void requireTokensLeft(UUID tenantId);
}
