package org.millwright.maintenance.internal.history;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Failure codes of the tenant in context. */
interface FailureCodeRepository extends JpaRepository<FailureCode, UUID> {

    Optional<FailureCode> findByKindAndCode(FailureKind kind, String code);

    List<FailureCode> findByKind(FailureKind kind);
}
