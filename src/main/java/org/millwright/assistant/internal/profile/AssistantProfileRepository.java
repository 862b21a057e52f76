package org.millwright.assistant.internal.profile;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** The profile of the tenant in context (at most one row). */
interface AssistantProfileRepository extends JpaRepository<AssistantProfile, UUID> {

    Optional<AssistantProfile> findFirstBy();
}
