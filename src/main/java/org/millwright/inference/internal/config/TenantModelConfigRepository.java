package org.millwright.inference.internal.config;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** The chat model of the tenant in context (at most one row per tenant). */
public interface TenantModelConfigRepository extends JpaRepository<TenantModelConfig, UUID> {

    Optional<TenantModelConfig> findFirstBy();
}
