package org.millwright.assistant.internal.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.millwright.assistant.internal.AnsweredTurn;
import org.millwright.platform.security.MillwrightPrincipal;
import org.millwright.platform.tenancy.TenantScoped;

/**
 * One user's feedback on one answer, with a copy of the question and answer (conversations expire;
 * feedback stays for supervisors to review). A second feedback of the same user replaces it.
 */
@Entity
@Table(name = "assistant_feedback")
class FeedbackRow extends TenantScoped {

    static final int MAX_QUESTION = 20000;
    static final int MAX_ANSWER = 40000;

    @Column(name = "conversation_id", nullable = false)
    private UUID conversationId;

    @Column(name = "turn_id", nullable = false)
    private UUID turnId;

    @Column(name = "user_id", nullable = false)
    private UUID userId;

    @Column(name = "user_label", length = 200)
    private String userLabel;

    @Column(nullable = false)
    private boolean helpful;

    @Column(length = 2000)
    private String comment;

    @Column(name = "confirmed_fix", nullable = false)
    private boolean confirmedFix;

    @Column(nullable = false)
    private boolean confirms;

    @Column(name = "asset_id")
    private UUID assetId;

    @Column(name = "site_id")
    private UUID siteId;

    @Column(nullable = false, length = MAX_QUESTION)
    private String question;

    @Column(nullable = false, length = MAX_ANSWER)
    private String answer;

    @Column(length = 10)
    private String language;

    @Column(name = "given_at", nullable = false)
    private Instant givenAt;

    protected FeedbackRow() {}

    FeedbackRow(AnsweredTurn turn, MillwrightPrincipal user) {
        this.conversationId = turn.conversationId();
        this.turnId = turn.turnId();
        this.userId = user.subjectId();
    }

    /** Sets (or replaces) what the user said; {@code confirms}: it counts towards a verified fix. */
    void give(
            AnsweredTurn turn,
            MillwrightPrincipal user,
            FeedbackInput input,
            Machine machine,
            boolean confirms,
            Instant at) {
        this.userLabel = clip(user.label(), 200);
        this.helpful = input.helpful();
        this.comment = input.comment() == null || input.comment().isBlank()
                ? null
                : input.comment().strip();
        this.confirmedFix = input.confirmedFix();
        this.confirms = confirms;
        this.assetId = machine == null ? null : machine.id();
        this.siteId = machine == null ? null : machine.siteId();
        this.question = clip(turn.question(), MAX_QUESTION);
        this.answer = clip(turn.answer(), MAX_ANSWER);
        this.language = clip(turn.language(), 10);
        this.givenAt = at;
    }

    /** A supervisor withdrew the fix this feedback confirmed: it stays as plain feedback. */
    void withdrawConfirmation() {
        this.confirms = false;
    }

    FeedbackView view(UUID verifiedFixId) {
        return new FeedbackView(
                getId(),
                conversationId,
                turnId,
                userId,
                userLabel,
                helpful,
                comment,
                confirmedFix,
                assetId,
                question,
                answer,
                language,
                verifiedFixId,
                givenAt);
    }

    static String clip(String text, int max) {
        if (text == null) {
            return null;
        }
        return text.length() > max ? text.substring(0, max) : text;
    }

    UUID getTurnId() {
        return turnId;
    }

    UUID getAssetId() {
        return assetId;
    }

    boolean confirms() {
        return confirms;
    }
}
