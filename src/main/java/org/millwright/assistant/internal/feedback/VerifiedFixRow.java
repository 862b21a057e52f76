package org.millwright.assistant.internal.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.millwright.assistant.internal.AnsweredTurn;
import org.millwright.platform.security.MillwrightPrincipal;
import org.millwright.platform.tenancy.TenantScoped;

/** A verified fix as stored: one per answer and machine, whoever confirmed it first. */
@Entity
@Table(name = "assistant_verified_fixes")
class VerifiedFixRow extends TenantScoped {

    @Column(name = "conversation_id", nullable = false)
    private UUID conversationId;

    @Column(name = "turn_id", nullable = false)
    private UUID turnId;

    @Column(name = "asset_id", nullable = false)
    private UUID assetId;

    @Column(name = "asset_type", nullable = false, length = 40)
    private String assetType;

    @Column(name = "site_id")
    private UUID siteId;

    @Column(nullable = false, length = FeedbackRow.MAX_QUESTION)
    private String question;

    @Column(nullable = false, length = FeedbackRow.MAX_ANSWER)
    private String answer;

    @Column(length = 10)
    private String language;

    @Column(name = "cited_chunk_ids", nullable = false, length = 4000)
    private String citedChunkIds;

    @Column(name = "confirmed_by", nullable = false)
    private UUID confirmedBy;

    @Column(name = "confirmed_by_label", length = 200)
    private String confirmedByLabel;

    @Column(name = "confirmed_at", nullable = false)
    private Instant confirmedAt;

    protected VerifiedFixRow() {}

    VerifiedFixRow(AnsweredTurn turn, Machine machine, MillwrightPrincipal by, Instant at) {
        this.conversationId = turn.conversationId();
        this.turnId = turn.turnId();
        this.assetId = machine.id();
        this.assetType = machine.type();
        this.siteId = machine.siteId();
        this.question = FeedbackRow.clip(turn.question(), FeedbackRow.MAX_QUESTION);
        this.answer = FeedbackRow.clip(turn.answer(), FeedbackRow.MAX_ANSWER);
        this.language = FeedbackRow.clip(turn.language(), 10);
        this.citedChunkIds = ChunkIds.join(turn.citedChunkIds());
        this.confirmedBy = by.subjectId();
        this.confirmedByLabel = FeedbackRow.clip(by.label(), 200);
        this.confirmedAt = at;
    }

    VerifiedFix view() {
        return new VerifiedFix(
                getId(),
                conversationId,
                turnId,
                assetId,
                assetType,
                siteId,
                question,
                answer,
                language,
                ChunkIds.split(citedChunkIds),
                confirmedBy,
                confirmedByLabel,
                confirmedAt);
    }

    UUID getTurnId() {
        return turnId;
    }

    UUID getAssetId() {
        return assetId;
    }

    String getAssetType() {
        return assetType;
    }

    String getCitedChunkIds() {
        return citedChunkIds;
    }
}
