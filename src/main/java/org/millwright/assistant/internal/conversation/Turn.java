package org.millwright.assistant.internal.conversation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.millwright.assistant.internal.AnswerMode;
import org.millwright.platform.tenancy.TenantScoped;

/** One question of a conversation and the answer given, with its citations (JSON) and timings. */
@Entity
@Table(name = "assistant_turns")
public class Turn extends TenantScoped {

    static final int MAX_ANSWER = 100_000;

    @Column(name = "conversation_id", nullable = false, updatable = false)
    private UUID conversationId;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(nullable = false, updatable = false, length = 20_000)
    private String question;

    @Column(nullable = false, updatable = false, length = MAX_ANSWER)
    private String answer;

    @Column(nullable = false, updatable = false, length = 5)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 12)
    private AnswerMode mode;

    @Column(name = "not_covered", nullable = false, updatable = false)
    private boolean notCovered;

    @Column(nullable = false, updatable = false, length = MAX_ANSWER)
    private String citations;

    @Column(name = "cited_chunks", updatable = false, length = 4000)
    private String citedChunks;

    @Column(updatable = false, length = 200)
    private String model;

    @Column(name = "retrieval_millis", nullable = false, updatable = false)
    private long retrievalMillis;

    @Column(name = "answer_millis", nullable = false, updatable = false)
    private long answerMillis;

    @Column(name = "first_token_millis", updatable = false)
    private Long firstTokenMillis;

    protected Turn() {}

    Turn(UUID conversationId, int position, NewTurn t) {
        this.conversationId = conversationId;
        this.position = position;
        this.question = t.question();
        this.answer =
                t.answer().length() <= MAX_ANSWER ? t.answer() : t.answer().substring(0, MAX_ANSWER);
        this.language = t.language();
        this.mode = t.mode();
        this.notCovered = t.notCovered();
        this.citations = t.citationsJson();
        this.citedChunks = joined(t.citedChunkIds());
        this.model = t.model() == null ? null : Conversation.bounded(t.model(), 200);
        this.retrievalMillis = t.retrievalMillis();
        this.answerMillis = t.answerMillis();
        this.firstTokenMillis = t.firstTokenMillis();
    }

    private static String joined(List<UUID> ids) {
        StringBuilder out = new StringBuilder();
        for (UUID id : ids) {
            if (out.length() + 37 > 4000) {
                break;
            }
            out.append(out.isEmpty() ? "" : ",").append(id);
        }
        return out.isEmpty() ? null : out.toString();
    }

    public UUID getConversationId() {
        return conversationId;
    }

    public int getPosition() {
        return position;
    }

    public String getQuestion() {
        return question;
    }

    public String getAnswer() {
        return answer;
    }

    public String getLanguage() {
        return language;
    }

    public AnswerMode getMode() {
        return mode;
    }

    public boolean isNotCovered() {
        return notCovered;
    }

    public String getCitations() {
        return citations;
    }

    public List<UUID> getCitedChunkIds() {
        return citedChunks == null
                ? List.of()
                : Arrays.stream(citedChunks.split(",")).map(UUID::fromString).toList();
    }

    public String getModel() {
        return model;
    }

    public long getRetrievalMillis() {
        return retrievalMillis;
    }

    public long getAnswerMillis() {
        return answerMillis;
    }

    public Long getFirstTokenMillis() {
        return firstTokenMillis;
    }

    /** What a new turn holds. */
    public record NewTurn(
            String question,
            String answer,
            String language,
            AnswerMode mode,
            boolean notCovered,
            String citationsJson,
            List<UUID> citedChunkIds,
            String model,
            long retrievalMillis,
            long answerMillis,
            Long firstTokenMillis) {}
}
