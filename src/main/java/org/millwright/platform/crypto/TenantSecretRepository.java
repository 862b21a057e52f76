package org.millwright.platform.crypto;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface TenantSecretRepository extends JpaRepository<TenantSecret, UUID> {

    Optional<TenantSecret> findByName(String name);

    List<TenantSecret> findAllByOrderByName();
}
