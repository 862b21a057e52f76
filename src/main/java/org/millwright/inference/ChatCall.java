package org.millwright.inference;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One chat inference: the messages in order (system first), who asks and why. {@code endpoint}
 * names the caller's use (e.g. {@code assistant.ask}, {@code assistant.summary}) for the audit and
 * the metrics; {@code sources} are the citations given to the model (document and page ids), kept in
 * the audit row. {@code temperature} and {@code maxTokens} override the configured ones when not
 * null.
 */
public record ChatCall(
        String endpoint,
        UUID userId,
        UUID conversationId,
        List<ChatMessage> messages,
        List<String> sources,
        Double temperature,
        Integer maxTokens) {

    public ChatCall {
        Objects.requireNonNull(endpoint, "endpoint");
        messages = List.copyOf(messages);
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("a chat call needs at least one message");
        }
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public static ChatCall of(String endpoint, UUID userId, UUID conversationId, List<ChatMessage> messages) {
        return new ChatCall(endpoint, userId, conversationId, messages, List.of(), null, null);
    }
}
