package org.millwright.assistant.internal.feedback;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** Feedback of the tenant in context. */
interface FeedbackRepository extends JpaRepository<FeedbackRow, UUID>, JpaSpecificationExecutor<FeedbackRow> {

    Optional<FeedbackRow> findByTurnIdAndUserId(UUID turnId, UUID userId);

    /** The feedback that confirms this answer fixed this machine. */
    List<FeedbackRow> findByTurnIdAndAssetIdAndConfirmsTrue(UUID turnId, UUID assetId);
}
