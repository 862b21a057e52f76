package org.millwright.assistant.internal.conversation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.millwright.assistant.internal.AssistantType;
import org.millwright.platform.tenancy.TenantScoped;

/**
 * A conversation of one user (or API key) with the assistant: its type, optional plant and
 * machine, the running summary of its older turns and when it was last used.
 */
@Entity
@Table(name = "assistant_conversations")
public class Conversation extends TenantScoped {

    static final int TITLE_LENGTH = 200;
    static final int SUMMARY_LENGTH = 8000;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private UUID ownerId;

    @Column(name = "site_id")
    private UUID siteId;

    @Column(name = "asset_id")
    private UUID assetId;

    @Enumerated(EnumType.STRING)
    @Column(name = "assistant_type", nullable = false, length = 30)
    private AssistantType assistantType;

    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(length = SUMMARY_LENGTH)
    private String summary;

    @Column(name = "summarized_turns", nullable = false)
    private int summarizedTurns;

    @Column(name = "turn_count", nullable = false)
    private int turnCount;

    @Column(name = "last_active_at", nullable = false)
    private Instant lastActiveAt;

    @Column(nullable = false)
    private boolean closed;

    protected Conversation() {}

    Conversation(UUID ownerId, UUID siteId, UUID assetId, AssistantType type, String title, Instant now) {
        this.ownerId = ownerId;
        this.siteId = siteId;
        this.assetId = assetId;
        this.assistantType = type;
        this.title = bounded(title, TITLE_LENGTH);
        this.lastActiveAt = now;
    }

    /** Closes the conversation when it has been idle longer than {@code idleExpiry}; true when closed. */
    boolean closeIfIdle(Instant now, Duration idleExpiry) {
        if (!closed && lastActiveAt.plus(idleExpiry).isBefore(now)) {
            closed = true;
        }
        return closed;
    }

    /** Takes the next turn's position and marks the conversation used. */
    int nextTurn(Instant now) {
        lastActiveAt = now;
        return turnCount++;
    }

    void folded(String newSummary, int turnsFolded) {
        summary = newSummary == null || newSummary.isBlank() ? null : bounded(newSummary, SUMMARY_LENGTH);
        summarizedTurns = turnsFolded;
    }

    /** Forgets every turn and the summary; the conversation stays, open. */
    void reset(Instant now) {
        summary = null;
        summarizedTurns = 0;
        turnCount = 0;
        closed = false;
        lastActiveAt = now;
    }

    void retitle(String newTitle) {
        title = bounded(newTitle, TITLE_LENGTH);
    }

    static String bounded(String text, int max) {
        String t = text == null ? "" : text.strip();
        return t.length() <= max ? t : t.substring(0, max - 1).strip() + "…";
    }

    public UUID getOwnerId() {
        return ownerId;
    }

    public UUID getSiteId() {
        return siteId;
    }

    public UUID getAssetId() {
        return assetId;
    }

    public AssistantType getAssistantType() {
        return assistantType;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public int getSummarizedTurns() {
        return summarizedTurns;
    }

    public int getTurnCount() {
        return turnCount;
    }

    public Instant getLastActiveAt() {
        return lastActiveAt;
    }

    public boolean isClosed() {
        return closed;
    }
}
