package org.millwright.platform.security;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

/** API keys of the tenant in context; authentication looks a key up by digest as root. */
public interface ApiKeyRepository extends JpaRepository<ApiKey, UUID> {

    Optional<ApiKey> findBySecretHash(String secretHash);

    Page<ApiKey> findAll(Pageable pageable);

    @Transactional
    @Modifying
    @Query("update ApiKey k set k.lastUsedAt = :when where k.id = :id")
    void touch(UUID id, Instant when);
}
