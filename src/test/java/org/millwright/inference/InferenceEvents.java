package org.millwright.inference;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Builds {@link InferenceRecorded} events as the model clients publish them. */
public final class InferenceEvents {

    private UUID tenantId;
    private UUID userId;
    private UUID conversationId;
    private String kind = "chat";
    private String endpoint = "assistant.ask";
    private String model = "test-priced";
    private String status = "OK";
    private String error;
    private String prompt = "How do I bleed the hydraulic circuit?";
    private String response = "Open the bleed screw and run the pump until no air comes out.";
    private List<String> sources = List.of("doc-1#p3");
    private int tokensIn = 100;
    private int tokensOut = 50;
    private Instant at = Instant.now();

    private InferenceEvents(UUID tenantId) {
        this.tenantId = tenantId;
    }

    public static InferenceEvents of(UUID tenantId) {
        return new InferenceEvents(tenantId);
    }

    public InferenceEvents user(UUID value) {
        userId = value;
        return this;
    }

    public InferenceEvents conversation(UUID value) {
        conversationId = value;
        return this;
    }

    public InferenceEvents kind(String value) {
        kind = value;
        return this;
    }

    public InferenceEvents endpoint(String value) {
        endpoint = value;
        return this;
    }

    public InferenceEvents model(String value) {
        model = value;
        return this;
    }

    public InferenceEvents failed(String reason, String message) {
        status = reason;
        error = message;
        return this;
    }

    public InferenceEvents prompt(String value) {
        prompt = value;
        return this;
    }

    public InferenceEvents response(String value) {
        response = value;
        return this;
    }

    public InferenceEvents sources(List<String> value) {
        sources = value;
        return this;
    }

    public InferenceEvents tokens(int in, int out) {
        tokensIn = in;
        tokensOut = out;
        return this;
    }

    public InferenceEvents at(Instant value) {
        at = value;
        return this;
    }

    public InferenceRecorded build() {
        return new InferenceRecorded(
                UUID.randomUUID(),
                tenantId,
                userId,
                conversationId,
                kind,
                endpoint,
                "openai",
                model,
                prompt,
                response,
                sources,
                tokensIn,
                tokensOut,
                false,
                1234,
                "chat".equals(kind) ? 210L : null,
                status,
                error,
                at);
    }
}
